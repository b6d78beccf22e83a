namespace Attache.Infrastructure;

/// <summary>A database context of its own for a component that sits on a page whose other components query at the
/// same time (the home page): one context must not run two queries at once, which PostgreSQL's truly asynchronous
/// driver would otherwise hit. The new context sees the same provinces as the request.</summary>
public static class OwnContext
{
    public static async Task<T> QueryAsync<T>(IServiceScopeFactory scopes, Tenant tenant, Func<AttacheDb, IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AttacheDb>();
        if (tenant.AllProvinces)
        {
            db.Tenant.UseAll();
        }
        else if (tenant.ProvinceId is { } id)
        {
            db.Tenant.Use(id, tenant.ProvinceCode!);
        }

        return await work(db, scope.ServiceProvider);
    }
}
