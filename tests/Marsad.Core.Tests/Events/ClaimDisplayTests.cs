using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>A source the catalog does not name is shown in display form — presentation forms and tatweel folded — so that
/// "ﺍﻟﻤﻘﺎﻭﻣﺔ" is found by a search for "المقاومة"; the Arabic as written stays in <see cref="Claim.Source"/>.</summary>
public class ClaimDisplayTests
{
    [Fact]
    public void An_unnamed_source_is_shown_in_display_form()
    {
        var claim = new Claim(0, "ﺍﻟﻤﻘﺎﻭﻣﺔ", null, new TextSpan(0, 8), new TextSpan(9, 12));
        Assert.Equal("المقاومة", claim.DisplayName);
        Assert.Equal("ﺍﻟﻤﻘﺎﻭﻣﺔ", claim.Source);
        Assert.Equal("Reuters", (claim with { SourceName = "Reuters" }).DisplayName);
    }
}
