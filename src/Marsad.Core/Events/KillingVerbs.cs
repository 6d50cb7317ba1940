namespace Marsad.Core.Events;

/// <summary>
/// The verbs of killing, one set per reading a clause gives them. Unvowelled, "قتل" is both "he killed" and "he was
/// killed", so each test takes the forms its position can read: the active ones before their subject and object, the
/// passive ones before their dead. (Lemmas after clitic stripping: "وقتل" is "قتل". The passives of wounding with those of
/// killing are ExtractionContext.KilledOrHurtVerbs.)
/// </summary>
internal static class KillingVerbs
{
    /// <summary>Read as active, the subject then whom it killed after the verb: "وقتل مسلحون مجهولون ثلاثة مدنيين",
    /// "قتلت قوات الأمن الإيرانية 5 مسلحين", "أردت الشرطة المهاجم".</summary>
    public static readonly HashSet<string> Active = new(StringComparer.Ordinal)
    {
        "قتل", "قتلت", "قتلوا", "يقتل", "تقتل", "يقتلون", "اردي", "اردت", "اردوا",
    };

    /// <summary>The active ones and the imperfects of أردى, before a weapon: "يقتل شابا فلسطينيا بالرصاص", "يردي".</summary>
    public static readonly HashSet<string> BeforeAWeapon = new(Active.Concat(["يردي", "تردي"]), StringComparer.Ordinal);

    /// <summary>The perfects that open a clause as passives before a bare noun, their dead: "قتل شرطي وأصيب 4 آخرون",
    /// "قتل ثلاثة جنود في هجوم" ("وقتلت الشرطة المهاجم", with the article, is the active).</summary>
    public static readonly HashSet<string> PassiveOpening = new(StringComparer.Ordinal) { "قتل", "قتلت", "قتلوا", "قتلا" };

    /// <summary>Killing and assassinating whose unmarked passive reads as the active ("قتل الصحفي": he was killed), and
    /// the passive forms themselves ("اغتيل", "قتلت").</summary>
    public static readonly HashSet<string> Passive = new(StringComparer.Ordinal)
    {
        "قتل", "قتلت", "اغتيل", "اغتيلت", "اغتال", "اغتالت", "اعدم", "اعدمت", "ذبح", "ذبحت",
    };

    /// <summary>Read as active, verbs of putting to death that take their object after their subject as "قتل" does:
    /// "أعدم تنظيم داعش خمسة مدنيين", "اغتال مسلحون مجهولون ناشطا".</summary>
    public static readonly HashSet<string> PuttingToDeath = new(StringComparer.Ordinal)
    {
        "اعدم", "اعدمت", "اعدموا", "يعدم", "تعدم", "يعدمون", "اغتال", "اغتالت", "اغتالوا", "يغتال", "تغتال", "يغتالون", "ذبح", "ذبحت", "ذبحوا",
    };

    /// <summary>One man killed, the singular passive a companion phrase follows: "الوشلي، قتل مع عدد من مرافقيه".</summary>
    private static readonly HashSet<string> OneKilled = new(StringComparer.Ordinal) { "قتل", "اغتيل" };

    /// <summary>A token's normal form is <see cref="OneKilled"/>'s, with its و or without ("وقتل").</summary>
    public static bool IsOneKilled(string norm) => OneKilled.Contains(norm) || norm.StartsWith('و') && OneKilled.Contains(norm[1..]);
}
