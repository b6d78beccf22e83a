using System.Reflection;

namespace Attache.Infrastructure;

/// <summary>A feature's group of routes. Every implementation in the app is found and mapped by
/// <see cref="EndpointDiscovery.MapAttacheEndpoints"/>: a new feature adds its class, not a line in
/// Program.cs.</summary>
public interface IEndpoints
{
    static abstract IEndpointRouteBuilder Map(IEndpointRouteBuilder app);
}

public static class EndpointDiscovery
{
    private static readonly MethodInfo MapOne =
        typeof(EndpointDiscovery).GetMethod(nameof(MapGroup), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The classes implementing <see cref="IEndpoints"/>, in a fixed order (by full name).</summary>
    public static IReadOnlyList<Type> Groups { get; } = [.. typeof(IEndpoints).Assembly.GetTypes()
        .Where(t => typeof(IEndpoints).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Maps every endpoint group of the app.</summary>
    public static IEndpointRouteBuilder MapAttacheEndpoints(this IEndpointRouteBuilder app)
    {
        foreach (var group in Groups)
        {
            MapOne.MakeGenericMethod(group).Invoke(null, [app]);
        }

        return app;
    }

    private static void MapGroup<T>(IEndpointRouteBuilder app) where T : IEndpoints => T.Map(app);
}
