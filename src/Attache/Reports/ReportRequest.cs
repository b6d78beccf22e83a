using System.Globalization;
using System.Security.Claims;
using Attache.Accounts;
using Attache.Infrastructure;

namespace Attache.Reports;

/// <summary>The query string of the report endpoints and page, as typed: dates are parsed here so that a bad one
/// is refused with a 400 naming its field instead of a binding failure.</summary>
public sealed class ReportQuery
{
    public string? Province { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? CompareFrom { get; set; }
    public string? CompareTo { get; set; }
    public string? Lang { get; set; }

    /// <summary>The name printed in the signature block of the Word and PDF reports.</summary>
    public string? Signer { get; set; }
}

/// <summary>A checked report request: the province code (or <see cref="PeriodSummary.All"/>), the period and the
/// optional comparison period.</summary>
public sealed record ReportRequest(string Province, DateOnly From, DateOnly To, DateOnly? CompareFrom = null,
    DateOnly? CompareTo = null, string Lang = "vi", string? Signer = null)
{
    public const int MaxYears = 30;

    /// <summary>Days after return within which an outbound delegation reports (the delegations' setting): the
    /// report counts the overdue ones among its warnings.</summary>
    public int ReportDueDays { get; init; } = new Delegations.DelegationOptions().ReportDueDays;

    public bool Vietnamese => Lang == "vi";

    /// <summary>Reads and checks the query for the signed-in user: a province user reports on their own province;
    /// a national user (the National policy) must name one, or "all".</summary>
    public static ReportRequest Read(ReportQuery q, bool national, Tenant tenant)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        string? province = null;
        if (national)
        {
            if (string.IsNullOrWhiteSpace(q.Province))
            {
                Fail("province", "Name the province of the report (e.g. VN-04), or 'all' for every province.");
            }
            else
            {
                province = tenant.AllProvinces ? PeriodSummary.All : tenant.ProvinceCode;
            }
        }
        else
        {
            province = tenant.ProvinceCode;
            if (province is null)
            {
                Fail("province", "Your account belongs to no province.");
            }
        }

        var from = Date(q.From, "from", required: true, Fail);
        var to = Date(q.To, "to", required: true, Fail);
        if (from is { } f && to is { } t)
        {
            if (f > t)
            {
                Fail("from", "The period starts after it ends.");
                Fail("to", "The period ends before it starts.");
            }
            else if (t > f.AddYears(MaxYears))
            {
                Fail("to", $"A report covers at most {MaxYears} years.");
            }
        }

        var compareFrom = Date(q.CompareFrom, "compareFrom", required: !string.IsNullOrWhiteSpace(q.CompareTo), Fail);
        var compareTo = Date(q.CompareTo, "compareTo", required: !string.IsNullOrWhiteSpace(q.CompareFrom), Fail);
        if (compareFrom is { } cf && compareTo is { } ct)
        {
            if (cf > ct)
            {
                Fail("compareFrom", "The comparison period starts after it ends.");
                Fail("compareTo", "The comparison period ends before it starts.");
            }
            else if (ct > cf.AddYears(MaxYears))
            {
                Fail("compareTo", $"A report covers at most {MaxYears} years.");
            }
        }

        var lang = string.IsNullOrWhiteSpace(q.Lang) ? "vi" : q.Lang.Trim().ToLowerInvariant();
        if (lang is not ("vi" or "en"))
        {
            Fail("lang", "Use lang=vi or lang=en.");
        }

        var signer = string.IsNullOrWhiteSpace(q.Signer) ? null : q.Signer.Trim();
        if (signer is { Length: > 100 })
        {
            Fail("signer", Messages.TooLong);
        }

        if (errors.Count > 0)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest, "One or more validation errors occurred.",
                errors: errors);
        }

        return new ReportRequest(province!, from!.Value, to!.Value, compareFrom, compareTo, lang, signer);
    }

    private static DateOnly? Date(string? text, string field, bool required, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                fail(field, "Give a date as yyyy-mm-dd, e.g. 2020-01-01.");
            }

            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var date))
        {
            return date;
        }

        fail(field, $"'{text}' is not a date; use yyyy-mm-dd, e.g. 2020-01-01.");
        return null;
    }
}
