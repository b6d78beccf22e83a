using System.Reflection;

namespace Attache.Infrastructure;

/// <summary>A feature's reads and writes (or a piece of it), with its dependencies injected: registered once, per
/// request, by <see cref="FeatureServices.AddFeatureServices"/>, and injected into endpoints and pages alike.</summary>
public interface IFeatureService;

public static class FeatureServices
{
    /// <summary>Registers every <see cref="IFeatureService"/> of the app as a scoped service.</summary>
    public static IServiceCollection AddFeatureServices(this IServiceCollection services)
    {
        var types = typeof(FeatureServices).Assembly.GetTypes()
            .Where(t => typeof(IFeatureService).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });
        foreach (var type in types)
        {
            services.AddScoped(type);
        }

        return services;
    }
}
