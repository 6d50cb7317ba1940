using Marsad.Core.Actors;
using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Actors;

/// <summary>
/// "حرس الحدود" in a Saudi story is the force actors.tsv names "حرس الحدود السعودي", Saudi Arabia's army — border guards
/// are police elsewhere ("حرس الحدود الإيراني"). A generic state force resolved to a country is the row the catalog
/// names with the generic's words and that country's adjective, when that row is of another kind.
/// </summary>
public class ForceNamedWithItsAdjectiveTests
{
    private static ActorCatalog Catalog => ActorCatalog.Default;

    private static ActorRef Generic(string id) => Catalog.TryGet(id, out var row) ? row : throw new InvalidOperationException($"no row {id}");

    [Theory]
    [InlineData("generic-border-guard", "SA", "Military Forces of Saudi Arabia")]
    [InlineData("generic-border-guard", "EG", "Military Forces of Egypt")]
    [InlineData("generic-border-guard", "IR", "Police Forces of Iran")]
    [InlineData("generic-national-guard", "SA", "Military Forces of Saudi Arabia")]
    [InlineData("generic-police", "SA", "Police Forces of Saudi Arabia")]
    public void A_generic_force_is_the_one_its_country_names_so(string generic, string iso2, string expected) =>
        Assert.Equal(expected, Catalog.ResolveGenericCountry(Generic(generic), iso2, 2015).PlainName);

    [Fact]
    public void A_force_of_the_generics_own_kind_is_the_states_force_of_that_kind()
    {
        // (the army of a country whose catalog names more than one army keeps the state force's choice)
        var army = Generic("generic-military");
        Assert.Equal(Catalog.StateForce("LY", "military", 2018), Catalog.ResolveGenericCountry(army, "LY", 2018));
        Assert.Equal(Catalog.StateForce("DE", "police", 2018), Catalog.ResolveGenericCountry(Generic("generic-border-guard"), "DE", 2018));
    }

    [Fact]
    public void Saudi_border_guards_shelled_from_Yemen_are_the_army()
    {
        var doc = TestPipeline.Extract("تعرض مركز حدودي في منطقة الرياض لقذائف عسكرية كثيفة من داخل الأراضي اليمنية أمس، ما نتج عنه استشهاد ثلاثة من رجال حرس الحدود.", "2015-08-01");
        var shelling = Assert.Single(doc.Events, e => e.SubEventType == "Shelling/artillery/missile attack");
        Assert.Equal("Military Forces of Saudi Arabia", shelling.Actor2?.PlainName);
    }
}
