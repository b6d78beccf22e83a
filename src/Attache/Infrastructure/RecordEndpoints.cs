using Attache.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attache.Infrastructure;

/// <summary>The five operations every register has, as its feature service offers them to
/// <see cref="RecordEndpoints.MapRecords{TService,TEntity,TQuery,TRow,TDto,TInput}"/>.</summary>
public interface IRecordService<TEntity, in TQuery, TRow, TDto, in TInput> : IFeatureService
    where TEntity : Entity
    where TQuery : PageRequest
{
    Task<Paged<TRow>> ListAsync(TQuery query, CancellationToken ct);

    /// <summary>Null when the record is not in the province.</summary>
    Task<TDto?> GetAsync(int id, CancellationToken ct);

    /// <summary>Creates (<paramref name="id"/> null) or updates the record; bad input is a 400 naming the field, a
    /// stale version a 409.</summary>
    Task<TEntity> SaveAsync(int? id, TInput input, CancellationToken ct);

    /// <summary>False when the record is not in the province.</summary>
    Task<bool> DeleteAsync(int id, CancellationToken ct);
}

/// <summary>How a register's API names itself in the contract: "Partner"/"Partners" for the operation ids,
/// "a partner"/"partners" for the summaries, and what each operation does in a sentence or two.</summary>
public sealed record RecordApi(string Route, string Tag, string Name, string Names, string One, string Many)
{
    public required string List { get; init; }
    public required string Get { get; init; }
    public required string Create { get; init; }
    public required string Update { get; init; }
    public required string Delete { get; init; }

    /// <summary>The policy that writing needs, besides Read (Edit unless the register says otherwise).</summary>
    public string EditPolicy { get; init; } = Policies.Edit;
}

public static class RecordEndpoints
{
    /// <summary>Maps list, get, create, update and delete of a register under <see cref="RecordApi.Route"/>: reading
    /// needs the Read policy, writing <see cref="RecordApi.EditPolicy"/>. Returns the group and its writing subgroup,
    /// for the routes particular to the feature.</summary>
    public static (RouteGroupBuilder Read, RouteGroupBuilder Edit) MapRecords<TService, TEntity, TQuery, TRow, TDto,
        TInput>(this IEndpointRouteBuilder app, RecordApi api)
        where TService : IRecordService<TEntity, TQuery, TRow, TDto, TInput>
        where TEntity : Entity
        where TQuery : PageRequest
    {
        var group = app.MapGroup(api.Route).WithTags(api.Tag).RequireAuthorization(Policies.Read);
        var edit = group.MapGroup("/").RequireAuthorization(api.EditPolicy);
        var handlers = new RecordHandlers<TService, TEntity, TQuery, TRow, TDto, TInput>(api.Route);

        group.MapGet("/", handlers.List)
            .WithName($"List{api.Names}").WithSummary($"List {api.Many}").WithDescription(api.List);
        group.MapGet("/{id:int}", handlers.Get)
            .WithName($"Get{api.Name}").WithSummary($"Get {api.One}").WithDescription(api.Get);
        edit.MapPost("/", handlers.Create)
            .WithName($"Create{api.Name}").WithSummary($"Create {api.One}").WithDescription(api.Create);
        edit.MapPut("/{id:int}", handlers.Update)
            .WithName($"Update{api.Name}").WithSummary($"Update {api.One}").WithDescription(api.Update);
        edit.MapDelete("/{id:int}", handlers.Delete)
            .WithName($"Delete{api.Name}").WithSummary($"Delete {api.One}").WithDescription(api.Delete);
        return (group, edit);
    }
}

/// <summary>The handlers of <see cref="RecordEndpoints"/>, closed over one register's types.</summary>
internal sealed class RecordHandlers<TService, TEntity, TQuery, TRow, TDto, TInput>(string route)
    where TService : IRecordService<TEntity, TQuery, TRow, TDto, TInput>
    where TEntity : Entity
    where TQuery : PageRequest
{
    // Handed over as plain delegates: the route-handler analyzer fails on method groups of a generic type.
    public Delegate List => ListAsync;
    public Delegate Get => GetAsync;
    public Delegate Create => CreateAsync;
    public Delegate Update => UpdateAsync;
    public Delegate Delete => DeleteAsync;

    public Task<Paged<TRow>> ListAsync(TService records, [AsParameters] TQuery query, CancellationToken ct) =>
        records.ListAsync(query, ct);

    public async Task<Results<Ok<TDto>, NotFound>> GetAsync(TService records, int id, CancellationToken ct) =>
        await records.GetAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound();

    public async Task<Created<TDto>> CreateAsync(TService records, TInput input, CancellationToken ct)
    {
        var saved = await records.SaveAsync(null, input, ct);
        return TypedResults.Created($"{route}/{saved.Id}", (await records.GetAsync(saved.Id, ct))!);
    }

    public async Task<Ok<TDto>> UpdateAsync(TService records, int id, TInput input, CancellationToken ct)
    {
        await records.SaveAsync(id, input, ct);
        return TypedResults.Ok((await records.GetAsync(id, ct))!);
    }

    public async Task<Results<NoContent, NotFound>> DeleteAsync(TService records, int id, CancellationToken ct) =>
        await records.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
