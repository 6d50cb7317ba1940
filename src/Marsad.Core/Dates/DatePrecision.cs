namespace Marsad.Core.Dates;

/// <summary>How precisely a date is known. The first three values are ACLED's time_precision codes.</summary>
public enum DatePrecision
{
    Day = 1,
    Week = 2,
    Month = 3,
    Year = 4,
}
