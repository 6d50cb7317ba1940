namespace Marsad.Core.Dates;

/// <summary>
/// A date together with how precisely it is known (NodaTime-style: precision is part of the type, not a string).
/// For week, month and year precision, <see cref="Date"/> is the best single day to report (ACLED codes such
/// events on a representative day and records the precision beside it).
/// </summary>
public readonly record struct PartialDate(DateOnly Date, DatePrecision Precision)
{
    public static PartialDate Day(DateOnly date) => new(date, DatePrecision.Day);

    public int AcledTimePrecision => Precision switch { DatePrecision.Day => 1, DatePrecision.Week => 2, _ => 3 };

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Date.ToString("yyyy-MM-dd"),
        DatePrecision.Week => $"week of {Date:yyyy-MM-dd}",
        DatePrecision.Month => Date.ToString("yyyy-MM"),
        _ => Date.ToString("yyyy"),
    };
}
