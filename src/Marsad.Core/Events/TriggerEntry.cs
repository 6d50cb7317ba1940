namespace Marsad.Core.Events;

/// <summary>One row of data/lexicons/triggers.tsv: a family of Arabic forms and the event it signals, with conditions.</summary>
/// <remarks><see cref="Defender"/>: the subject of the form held off the attack ("صدت هجوما"), so the attacker is actor 1.
/// <see cref="DefusesExplosives"/>: with a bomb, mine or blast named with it ("أحبطت محاولة تفجير"), or a missile or drone
/// ("اعترضت صاروخا"), the form is an act of its subject alone (explosives defused, a blast foiled, a missile intercepted). <see cref="UnnamedAgent"/>: an attack the form tells ("عملية
/// دهس") is one whoever did it; with no agent named, an unidentified armed group of the country did.
/// <see cref="ContextOnly"/>: the form only sets the scene of other acts (a front: "وفي جبهة صرواح" says where the
/// sentence's act is) and is no event of its own. <see cref="HitsAShip"/>: the form names a ship as what was attacked
/// ("استهدفوا ناقلة نفط سعودية"); the nation after the ship owns it and is the side hit. <see cref="NeedsDeal"/>: the form
/// counts only when its sentence says the place was left under a deal ("غادرت حافلات تقل المسلحين … وفقا لاتفاق").
/// <see cref="DeadAreEnemies"/>: a death told in an armed force's statement ("أعلن الجيش مقتل خمسة من العناصر التكفيرية")
/// is its clash only when the dead are named as an armed group — not its own soldiers. <see cref="SubjectIsVictim"/>: the
/// form's subject suffered the act ("اختفى الصحفي"): a civilian named there is its target, and the doer is unknown.
/// <see cref="ArmedTarget"/>: the row holds only when the side the act fell on is an armed force or group ("أسرت قوات
/// المقاومة عددا من مسلحي الميليشيات": fighters captured are a battle's, not civilians abducted). <see cref="VictimBefore"/>:
/// the side hit is named right before the form ("قتل شرطيان برصاص مسلحين"): the dead the weapon word follows, in its clause.
/// <see cref="NeedsBlast"/>: the form names a bomb, not its use ("حزام ناسف"): it counts only when its sentence tells of a
/// blast or of someone killed — a belt seized, worn at an arrest or written of in a column is no bombing.</remarks>
public sealed record TriggerEntry(
    int Line,
    string Pos,
    string EventType,
    string SubEventType,
    double Weight,
    bool Weak,
    bool NeedsTarget,
    bool NeedsKilled,
    bool CivilianTarget,
    string? ActorCondition,
    string Note,
    bool Defender = false,
    bool DefusesExplosives = false,
    bool UnnamedAgent = false,
    bool ContextOnly = false,
    bool HitsAShip = false,
    bool NeedsDeal = false,
    bool DeadAreEnemies = false,
    bool SubjectIsVictim = false,
    bool ArmedTarget = false,
    bool VictimBefore = false,
    bool NeedsBlast = false)
{
    /// <summary>Set while extracting, not read from the lexicon: an act no one is named running that only a state runs
    /// ("مقتل 52 عنصرا من داعش بعمليات عسكرية"): its agent is the military of the place's country.</summary>
    public bool StateAgent { get; init; }

    public bool IsTerritory => SubEventType == AcledTaxonomy.Territory;

    public bool IsStrike => SubEventType == AcledTaxonomy.Strike;

    /// <summary>A strike of either kind: the undecided "STRIKE" row, or one already an air strike or shelling.</summary>
    public bool IsBombardment => IsStrike || SubEventType is AcledTaxonomy.AirStrike or AcledTaxonomy.Shelling;
}
