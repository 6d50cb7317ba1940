namespace Marsad.Core.Numbers;

/// <summary>How a number was stated: exactly, as a floor ("أكثر من 30"), roughly ("نحو 20"), as a ceiling, or vaguely ("العشرات").</summary>
public enum NumberQualifier
{
    Exact,
    AtLeast,
    About,
    AtMost,
    Vague,
}
