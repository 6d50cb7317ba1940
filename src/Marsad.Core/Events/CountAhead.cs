using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// Where a count told right after a word starts: "مقتل \"52 تكفيريا\"", "القضاء على عدد (4) عنصر" — past a quotation
/// mark, "عدد" (a number of) and an opening bracket, which the press puts before a count.
/// </summary>
internal static class CountAhead
{
    public static int Start(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (i < end && tokens[i].Surface is "\"" or "«") i++;
        if (i < end && tokens[i].Norm == "عدد") i++;
        if (i < end && tokens[i].Surface is "(" or "[") i++;
        return i;
    }
}
