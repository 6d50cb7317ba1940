using Marsad.Core.Geo;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "تمكنت الجهات الأمنية من إحباط عدة عمليات إرهابية والقبض على المتورطين" in a Saudi daily that names no place: an
    /// arrest by a state's force named by no country (or by no one), in an article that names no place but the outlet's
    /// own country, was made in the outlet's country — placed at its capital (precision 3), as ACLED's coders place a
    /// national act with no town.
    /// </summary>
    private PlaceMention? ArrestAtTheOutletsHome(ExtractionContext context, TriggerMention trigger, Roles roles)
    {
        if (capitalOf is null || _outlets.HomeOf(context.Document.Outlet) is not { } home) return null;
        if (roles.Actor1 is { } arrester && !(arrester.Actor is { IsState: true, IsGeneric: true })) return null;
        // (a name the gazetteer did not resolve is a place named too)
        foreach (var p in context.Document.Places)
            if (!(p.IsResolved && ExtractionContext.IsCountry(p) && p.Place!.CountryCode == home)) return null;
        if (capitalOf(home) is not { } seat) return null;
        var document = context.Document;
        return new PlaceMention(trigger.Span, document.Slice(trigger.Span), trigger.FirstToken, trigger.LastToken, seat, 3, "capital of the outlet's country", 0.4);
    }
}
