using Marsad.Core.Actors;
using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

public class SidesTests
{
    [Fact]
    public void The_shipped_table_loads_and_knows_allies_from_enemies()
    {
        var catalog = ActorCatalog.Default;
        var sides = Sides.LoadDefault(catalog);
        Assert.True(catalog.TryGet("ye-giants", out var giants));
        Assert.True(catalog.TryGet("ye-tihama-resistance", out var tihama));
        Assert.True(catalog.TryGet("houthis", out var houthis));
        Assert.True(sides.Allied(giants, tihama));
        Assert.False(sides.Allied(giants, houthis));
    }

    [Fact]
    public void An_unknown_actor_id_names_file_and_line()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("sides").FullName, "sides.tsv");
        File.WriteAllText(path, "# test\nside\tactors\nsome-war\thouthis | no-such-actor\n");
        var e = Assert.Throws<LexiconFormatException>(() => Sides.Load(path, ActorCatalog.Default));
        Assert.Equal(3, e.Line);
        Assert.Contains("no-such-actor", e.Message);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void An_ally_named_after_the_agent_is_not_its_target()
    {
        var doc = TestPipeline.Extract("واشتبكت قوات النظام السوري وحزب الله مع فصائل المعارضة في مدينة حلب اليوم.", "2018-03-10");
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
        Assert.NotEqual("Hezbollah", e.Actor2?.Name);
    }

    [Fact]
    public void The_shipped_actor_lists_load()
    {
        var catalog = ActorCatalog.Default;
        Assert.True(catalog.TryGet("ru-military", out var russia));
        Assert.True(catalog.TryGet("houthis", out var houthis));
        Assert.True(catalog.TryGet("islamic-state", out var isis));
        var powers = AirPowers.LoadDefault(catalog);
        Assert.True(powers.Contains(russia));
        Assert.False(powers.Contains(houthis));
        var authorities = Authorities.LoadDefault(catalog);
        Assert.True(authorities.CanArrest(houthis));
        Assert.False(authorities.CanArrest(isis));
    }

    [Theory]
    [InlineData("air-powers.tsv")]
    [InlineData("authorities.tsv")]
    public void An_unknown_id_in_an_actor_list_names_file_and_line(string name)
    {
        var catalog = ActorCatalog.Default;
        string path = Path.Combine(Directory.CreateTempSubdirectory("ids").FullName, name);
        File.WriteAllText(path, "actor\tnote\nhouthis\t\nno-such-force\tx\n");
        var e = Assert.Throws<LexiconFormatException>(() =>
        {
            if (name == "air-powers.tsv") AirPowers.Load(path, catalog); else Authorities.Load(path, catalog);
        });
        Assert.Equal(3, e.Line);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void An_unknown_id_among_the_drone_flyers_names_file_and_line()
    {
        var catalog = ActorCatalog.Default;
        string dir = Directory.CreateTempSubdirectory("ids").FullName;
        string air = Path.Combine(dir, "air-powers.tsv"), drones = Path.Combine(dir, "drone-flyers.tsv");
        File.WriteAllText(air, "actor\tnote\nil-military-2009\t\n");
        File.WriteAllText(drones, "actor\tnote\nhouthis\t\nno-such-group\tx\n");
        var e = Assert.Throws<LexiconFormatException>(() => AirPowers.Load(air, catalog, drones));
        Assert.Equal(3, e.Line);
        Assert.Contains(drones, e.Message);
    }

    [Fact]
    public void The_houthis_fly_drones_al_qaeda_does_not()
    {
        var catalog = ActorCatalog.Default;
        var powers = AirPowers.LoadDefault(catalog);
        Assert.True(catalog.TryGet("houthis", out var houthis));
        Assert.True(catalog.TryGet("aqap", out var aqap));
        Assert.True(powers.FliesDrones(houthis!));
        Assert.False(powers.FliesDrones(aqap!));
    }
}
