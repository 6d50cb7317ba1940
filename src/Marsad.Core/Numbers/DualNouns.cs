using Marsad.Core.Text;

namespace Marsad.Core.Numbers;

/// <summary>
/// Arabic counts two of a person with the dual alone: "مقتل جنديين" is two dead soldiers, "قتل فيه مستوطنان" two settlers.
/// The forms come from data/lexicons/dual-nouns.tsv, validated on load (errors name the file and line).
/// </summary>
public sealed class DualNouns
{
    private readonly HashSet<string> _forms = new(StringComparer.Ordinal);

    public static DualNouns LoadDefault() => Load(MarsadData.Path("lexicons", "dual-nouns.tsv"));

    public static DualNouns Load(string path)
    {
        var duals = new DualNouns();
        foreach (var row in Tsv.Read(path, ["singular_ar"], ["duals_ar"]).Rows)
        {
            var forms = row.Get("duals_ar").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (forms.Length == 0) throw new LexiconFormatException(path, row.Line, "no dual forms");
            foreach (var form in forms)
            {
                if (form.Contains(' ')) throw new LexiconFormatException(path, row.Line, $"\"{form}\" is not one word");
                if (!(form.EndsWith("ان", StringComparison.Ordinal) || form.EndsWith("ين", StringComparison.Ordinal)))
                    throw new LexiconFormatException(path, row.Line, $"\"{form}\" does not end as a dual (-ان or -ين)");
                duals._forms.Add(ArabicNormalizer.Matching.Normalize(form));
            }
        }
        return duals;
    }

    /// <summary>Whether the word, its clitics aside, is the dual of a person noun.</summary>
    public bool IsDual(Token token) => _forms.Contains(token.Lemma) || _forms.Contains(token.Norm);
}
