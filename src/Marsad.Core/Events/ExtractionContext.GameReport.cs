using Marsad.Core.Text;

namespace Marsad.Core.Events;

// A game report: its defenders, forwards and matches are no guns, attack or clash.
internal sealed partial class ExtractionContext
{
    /// <summary>
    /// "أخطأ مدافع النصر في إبعاد الكرة", "عاد المهاجم الشاب إلى هجوم الأهلي", "خاض الفريق ست مواجهات ودية", "خطف فوزا
    /// صعبا", "وافق على إقامة 4 مباريات تجريبية": a word with a game sense, in a sentence with a game word or in a game
    /// report, names a player, a forward line, a match or a deal — no shelling, attack, clash, abduction or accord. (A
    /// sentence that tells of someone killed keeps its act: "عصابات الحوثي تقتل لاعب كرة قدم", a bomb "في استاد".)
    /// </summary>
    private bool GameSense(Sentence s, TriggerMention t)
    {
        // (the word's sense first: most triggers have none, and need no scan of their sentence)
        bool accord = t.Entries.All(e => e.SubEventType == "Agreement");
        if (!accord && !HasGameSense(t) || _cues.Find(CueClass.Killed, s.FirstToken, s.EndToken) is not null) return false;
        // (an accord only in a game report: "اتفاق بين اللاعبين الدوليين الرئيسيين وإيران" is the players of politics)
        return accord ? IsGameReport() : _cues.Find(CueClass.Game, s.FirstToken, s.EndToken) is not null || IsGameReport();
    }

    private bool HasGameSense(TriggerMention t)
    {
        string word = Tokens[t.FirstToken].NormWithoutWaOrArticle;
        foreach (string stem in GameSenseStems)
            if (word.StartsWith(stem, StringComparison.Ordinal)) return true;
        // ("خطف فوزا صعبا", "يخطف الصدارة": a win or a lead snatched)
        return word.Contains("خطف", StringComparison.Ordinal) && t.LastToken + 1 < Tokens.Count
               && WonThings.Contains(Tokens[t.LastToken + 1].NormWithoutWaOrArticle);
    }

    // defender, forward, attack (line), attacking, match(es)
    private static readonly string[] GameSenseStems = ["مدافع", "مهاجم", "هجوم", "هجمات", "مواجه"];

    private static readonly HashSet<string> WonThings = new(StringComparer.Ordinal) { "فوزا", "فوز", "الفوز", "صداره", "الصداره", "نقطه", "النقاط", "تعادلا", "بطاقه", "اللقب", "لقب" };

    private bool? _gameReport;

    // At least four game words, and one in every seventy words or more: a report of games, not war news that names a
    // stadium or a player once ("سيطرة تنظيم داعش على منطقة الملعب").
    private bool IsGameReport()
    {
        if (_gameReport is { } known) return known;
        int game = 0, words = 0;
        for (int i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].Kind == TokenKind.ArabicWord) words++;
            if (_cues.IsAt(CueClass.Game, i, Tokens.Count, out int last)) { game++; i = last; }
        }
        _gameReport = game >= 4 && game * 70 >= words;
        return _gameReport.Value;
    }
}
