namespace Marsad.Core.Events;

/// <summary>The classes of data/lexicons/cues.tsv: words that steer extraction without being events themselves.</summary>
public enum CueClass
{
    Reporting,
    Negation,
    Future,
    Background,
    PartialControl,
    AgentBy,
    TargetPrep,
    Assoc,
    Between,
    Ongoing,
    Killed,
    Injured,
    PlaceCue,
    PlacePrep,
    /// <summary>A noun whose genitive is what gets hit: "مواقع الحوثيين", "تجمعات القوات", "آليات الجيش".</summary>
    TargetHead,
    /// <summary>A sentence opener that turns to another report: "وفي سياق متصل", "من جهة أخرى", "في غضون ذلك".</summary>
    TopicShift,
    /// <summary>An area whose genitive is the side holding it: "مناطق المعارضة", "آخر جيوب التنظيم".</summary>
    HeldPlace,
    /// <summary>What someone usually does, not what happened: "عادة ما يشن التحالف غارات", "دأبت الميليشيات على".</summary>
    Habitual,
    /// <summary>How often something recurs: "بين الحين والآخر", "من حين لآخر" — a sentence that says so tells of no one event.</summary>
    Frequency,
    /// <summary>A word of a game report: "المباراة", "الشوط الثاني", "الدوري", "لكرة القدم" — where a defender or a match is no gun or clash.</summary>
    Game,
}
