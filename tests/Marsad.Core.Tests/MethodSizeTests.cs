using System.Reflection;

namespace Marsad.Core.Tests;

/// <summary>
/// No method of Marsad.Core grows past the size the JIT optimises. Past its limits (some 2,000 basic blocks or 20,000
/// IL instructions) it compiles a method without optimising it — IsSuppressed (30 KB of IL) and FromTrigger (38 KB) ran
/// so until the ninety-seventh session and were the pass's costliest code (bench/README.md). A long list of rules is
/// split into methods of a few hundred lines, the rules in the same order.
/// </summary>
public class MethodSizeTests
{
    // (the largest optimised method then was under 14 KB; both methods compiled without optimising were over 29 KB)
    private const int MaxIlBytes = 20_000;

    [Fact]
    public void No_method_is_too_long_for_the_jit_to_optimise()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var tooLong = typeof(Document).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all))
                .Where(m => m.Name != ConstructorInfo.TypeConstructorName)   // (a type's static initialiser runs once)
                .Select(m => (Name: $"{type.FullName}.{m.Name}", Size: m.GetMethodBody()?.GetILAsByteArray()?.Length ?? 0)))
            .Where(m => m.Size > MaxIlBytes)
            .Select(m => $"{m.Name}: {m.Size:N0} bytes of IL")
            .ToList();
        Assert.True(tooLong.Count == 0, "split these (the JIT would not optimise them): " + string.Join("; ", tooLong));
    }
}
