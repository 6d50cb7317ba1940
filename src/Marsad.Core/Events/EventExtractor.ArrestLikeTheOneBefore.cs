namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "وكشفت وزارة الداخلية عن إحباطها عملية تهريب … وإلقاء القبض على 5 من المتورطين" then "فيما تم إلقاء القبض على كل من
    /// مهدي … كانوا على متن القارب": an arrest told in the passive, its sentence naming neither who arrested nor where, goes
    /// on the report of the arrests told before it — that state's force, at that place — not on the police of whatever
    /// country the article names most (an article on Bahrain's quarrel with Tehran).
    /// </summary>
    private static ExtractedEvent ArrestLikeTheOneBefore(ExtractedEvent e, List<ExtractedEvent> before, ExtractionContext context)
    {
        if (e.SubEventType != "Arrests" || e.FieldEvidence.Any(f => f.Field == "actor1") || ToldInItsSentence(e, context, "location")) return e;
        // (a sentence that names a place has its own: "وحال اعتقال الرجل في تونس" after Germany's arrest of another)
        var sentence = TriggerSentence(e, context);
        if (context.Document.Places.Any(p => p.Place is not null && sentence.Span.Contains(p.Span))) return e;
        for (int i = before.Count - 1; i >= 0; i--)
            if (before[i] is { SubEventType: "Arrests", Actor1: { IsState: true } arrester } told && told.FieldEvidence.Any(f => f.Field == "actor1"))
                return arrester.PlainName == e.Actor1?.PlainName && told.Location == e.Location ? e : e with
                {
                    Actor1 = arrester,
                    Location = told.Location,
                    // (each field's evidence is where the report before told it)
                    FieldEvidence = e.FieldEvidence.Where(f => f.Field != "location")
                        .Concat(told.FieldEvidence.Where(f => f.Field is "location" or "actor1")).ToList(),
                };
        return e;
    }
}
