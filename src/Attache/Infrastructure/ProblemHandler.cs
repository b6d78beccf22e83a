using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Attache.Infrastructure;

/// <summary>The one place where exceptions become RFC 9457 problems, so no endpoint needs a try/catch.</summary>
internal sealed partial class ProblemHandler(IProblemDetailsService problems, ILogger<ProblemHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception);
        if (problem is null)
        {
            log.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            return false;
        }

        context.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails? Describe(Exception exception) => exception switch
    {
        ProblemException p when p.Errors is not null => new HttpValidationProblemDetails(p.Errors)
        {
            Status = p.Status,
            Title = p.Title,
            Detail = p.Detail,
        },
        ProblemException p => new ProblemDetails { Status = p.Status, Title = p.Title, Detail = p.Detail },
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The record was changed by someone else",
            Detail = "Reload it and apply your change again; nothing was overwritten.",
        },
        DbUpdateException { InnerException: var inner } when IsForeignKeyViolation(inner) => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The record is still in use",
            Detail = "Other records refer to it; change or remove them first.",
        },
        DbUpdateException { InnerException: var inner } when IsUniqueViolation(inner) => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "A record with the same key already exists",
        },
        BadHttpRequestException bad => FromBadRequest(bad),
        InvalidOperationException e when QueryParseFailure().Match(e.Message) is { Success: true } m =>
            new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [m.Groups["name"].Value] =
                    [$"'{m.Groups["value"].Value}' is not a valid value for {m.Groups["name"].Value}."],
            })
            { Status = StatusCodes.Status400BadRequest, Title = "One or more validation errors occurred." },
        _ => null,
    };

    private static ProblemDetails FromBadRequest(BadHttpRequestException bad)
    {
        // A JSON body that does not parse or has a value of the wrong type: name the field it stopped at.
        if (bad.InnerException is JsonException json)
        {
            var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = [$"The value could not be read: {FirstSentence(json.Message)}"],
            })
            { Status = bad.StatusCode, Title = "The request body is not valid JSON for this endpoint" };
        }

        // A query or route value of the wrong type: "Failed to bind parameter "Nullable<PartnerKind> Kind" from "Foo"."
        var match = BindFailure().Match(bad.Message);
        if (match.Success)
        {
            var field = JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value);
            return new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field] = [$"'{match.Groups["value"].Value}' is not a valid value for {field}."],
            })
            { Status = bad.StatusCode, Title = "One or more validation errors occurred." };
        }

        return new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message };
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..(cut + 1)];
    }

    private static bool IsForeignKeyViolation(Exception? e) => e switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.Message.Contains("FOREIGN KEY", StringComparison.Ordinal),
        PostgresException p => p.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        _ => false,
    };

    internal static bool IsUniqueViolation(Exception? e) => e switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.Message.Contains("UNIQUE", StringComparison.Ordinal),
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    [System.Text.RegularExpressions.GeneratedRegex("parameter \"[^\"]*? (?<name>\\w+)\" from \"(?<value>[^\"]*)\"")]
    private static partial System.Text.RegularExpressions.Regex BindFailure();

    /// <summary>A page's query value of the wrong type ([SupplyParameterFromQuery] int? Page with ?page=abc).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(
        "^Cannot parse the value '(?<value>.*)' as type '[^']*' for '(?<name>[^']*)'")]
    private static partial System.Text.RegularExpressions.Regex QueryParseFailure();
}
