using Lucene.Net.Search;
using Marsad.Storage;

namespace Marsad.Storage.Tests;

/// <summary>The Lucene engine reads the query language of <c>marsad search</c> with Marsad's analysis.</summary>
public class LuceneQueryTests
{
    private static BooleanQuery Parse(string q)
    {
        using var index = new LuceneSearchIndex(Directory.CreateTempSubdirectory("marsad-lucene").FullName);
        return index.Parse(q);
    }

    [Fact]
    public void Words_are_required_and_analysed_like_the_index()
    {
        var q = Parse("مسؤول الرقه");
        Assert.Equal(2, q.Clauses.Count);
        Assert.All(q.Clauses, c => Assert.Equal(Occur.MUST, c.Occur));
        Assert.Equal("body:مسءول", q.Clauses[0].Query.ToString());   // hamza seats folded: مسئول finds it too
        Assert.Equal(Parse("مسئول").Clauses[0].Query.ToString(), q.Clauses[0].Query.ToString());
        Assert.Equal(Parse("الرقة").Clauses[0].Query.ToString(), q.Clauses[1].Query.ToString());
    }

    [Fact]
    public void Or_phrases_and_exclusions()
    {
        var q = Parse("حلب OR إدلب \"قوات النظام\" -روسيا");
        Assert.Equal(3, q.Clauses.Count);
        var either = Assert.IsType<BooleanQuery>(q.Clauses[0].Query);
        Assert.Equal(2, either.Clauses.Count);
        Assert.All(either.Clauses, c => Assert.Equal(Occur.SHOULD, c.Occur));
        Assert.IsType<PhraseQuery>(q.Clauses[1].Query);
        Assert.Equal(Occur.MUST_NOT, q.Clauses[2].Occur);
    }
}
