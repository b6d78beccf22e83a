using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace Attache.Infrastructure;

/// <summary>One page of a list, the shape every list of the API answers with.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => PageSize == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>Paging parameters shared by every list endpoint and page.</summary>
public class PageRequest
{
    public const int MaxPageSize = 200;

    [Range(1, int.MaxValue, ErrorMessage = Messages.OutOfRange)]
    public int? Page { get; set; }

    [Range(1, MaxPageSize, ErrorMessage = Messages.OutOfRange)]
    public int? PageSize { get; set; }

    public int PageOrDefault => Page ?? 1;

    public int PageSizeOrDefault => PageSize ?? 20;
}

public static class PagingExtensions
{
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken ct)
    {
        var page = request.PageOrDefault;
        var size = request.PageSizeOrDefault;
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<T>(items, total, page, size);
    }
}
