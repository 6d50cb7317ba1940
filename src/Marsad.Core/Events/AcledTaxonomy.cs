namespace Marsad.Core.Events;

/// <summary>ACLED's six event types and twenty-five sub-event types, their disorder types, and precedence.</summary>
public static class AcledTaxonomy
{
    public const string Battles = "Battles";
    public const string Explosions = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string StrategicDevelopments = "Strategic developments";

    public const string GovernmentRegains = "Government regains territory";
    public const string NonStateOvertakes = "Non-state actor overtakes territory";
    public const string ArmedClash = "Armed clash";
    public const string AirStrike = "Air/drone strike";
    public const string Shelling = "Shelling/artillery/missile attack";

    /// <summary>Lexicon placeholders decided from context: a territory change (by actor type) or a strike (air vs ground).</summary>
    public const string Territory = "TERRITORY";
    public const string Strike = "STRIKE";

    public static readonly IReadOnlyDictionary<string, string[]> SubTypes = new Dictionary<string, string[]>
    {
        [Battles] = new[] { ArmedClash, GovernmentRegains, NonStateOvertakes },
        [Explosions] = new[] { "Chemical weapon", AirStrike, "Suicide bomb", Shelling, "Remote explosive/landmine/IED", "Grenade" },
        [ViolenceAgainstCivilians] = new[] { "Sexual violence", "Attack", "Abduction/forced disappearance" },
        [Protests] = new[] { "Peaceful protest", "Protest with intervention", "Excessive force against protesters" },
        [Riots] = new[] { "Violent demonstration", "Mob violence" },
        [StrategicDevelopments] = new[] { "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
            "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other" },
    };

    /// <summary>A battle that changed who holds ground: a government's regaining or a non-state actor's overtaking.</summary>
    public static bool ChangesHands(string subType) => subType is GovernmentRegains or NonStateOvertakes;

    /// <summary>
    /// When one report fits several types, ACLED codes the most severe: political violence before demonstrations
    /// before strategic developments; within violence, battles before remote violence before violence against
    /// civilians. Lower is stronger.
    /// </summary>
    public static int Precedence(string eventType) => eventType switch
    {
        Battles => 0,
        Explosions => 1,
        ViolenceAgainstCivilians => 2,
        Riots => 3,
        Protests => 4,
        _ => 5,
    };

    public static bool IsValid(string eventType, string subType) =>
        SubTypes.TryGetValue(eventType, out var subs) && (subs.Contains(subType) || subType is Territory or Strike);

    /// <summary>ACLED's disorder_type column.</summary>
    public static string DisorderType(string eventType, string subType) => (eventType, subType) switch
    {
        (Protests, "Excessive force against protesters") => "Political violence; Demonstrations",
        (Riots, "Mob violence") => "Political violence",
        (Protests or Riots, _) => "Demonstrations",
        (StrategicDevelopments, _) => "Strategic developments",
        _ => "Political violence",
    };
}
