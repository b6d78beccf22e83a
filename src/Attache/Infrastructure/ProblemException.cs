namespace Attache.Infrastructure;

/// <summary>A refusal the domain can explain: it becomes an RFC 9457 problem with this status. The API sends the
/// English text; the staff pages show <see cref="Key"/> (a resource key with {0}… placeholders) in the reader's
/// language when the refusal has one.</summary>
public class ProblemException(int status, string title, string? detail = null,
    IDictionary<string, string[]>? errors = null) : Exception(detail ?? title)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;
    public IDictionary<string, string[]>? Errors { get; } = errors;

    /// <summary>The refusal as a resource key for the pages, filled with <see cref="Arguments"/>.</summary>
    public string? Key { get; private set; }
    public object[] Arguments { get; private set; } = [];

    /// <summary>The first message of the refusal as the API words it.</summary>
    public string FirstMessage => Errors?.Values.SelectMany(v => v).FirstOrDefault() ?? Detail ?? Title;

    public static ProblemException Validation(string field, string message) =>
        new(StatusCodes.Status400BadRequest, "One or more validation errors occurred.", message,
            new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemException Conflict(string detail) =>
        new(StatusCodes.Status409Conflict, "Conflict", detail);

    /// <summary>A write with an old version: someone else saved the record in between.</summary>
    public static ProblemException Stale(string detail) => Conflict(detail).Localized(Messages.Stale);

    public static ProblemException Forbidden(string detail) =>
        new(StatusCodes.Status403Forbidden, "Forbidden", detail);

    /// <summary>A refusal naming a field (its error says the same), in the wording the pages translate.</summary>
    public static ProblemException FieldRefusal(int status, string field, string template, params object[] args)
    {
        var english = Refusal(status, template, args);
        var title = status == StatusCodes.Status400BadRequest
            ? "One or more validation errors occurred."
            : english.Title;
        return new ProblemException(status, title, english.Detail,
            new Dictionary<string, string[]> { [field] = [english.Detail!] }).Localized(template, args);
    }

    /// <summary>A refusal written once: the API's English is <paramref name="template"/> filled with the arguments
    /// (enums by name, lists joined with commas); the pages translate the same template, a resource key, and the
    /// arguments (enum labels, <see cref="Term"/>s, lists) with <c>FormProblems.Text</c>.</summary>
    public static ProblemException Refusal(int status, string template, params object[] arguments)
    {
        var english = string.Format(System.Globalization.CultureInfo.InvariantCulture, template,
            arguments.Select(English).ToArray());
        var title = status switch
        {
            StatusCodes.Status403Forbidden => "Forbidden",
            StatusCodes.Status409Conflict => "Conflict",
            _ => "One or more validation errors occurred.",
        };
        return new ProblemException(status, title, english).Localized(template, arguments);
    }

    private static object English(object argument) => argument switch
    {
        string text => text,
        DateOnly day => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object>().Select(English)),
        _ => argument,
    };

    /// <summary>Gives the pages a translatable wording; enum arguments are shown with their labels.</summary>
    public ProblemException Localized(string key, params object[] arguments)
    {
        Key = key;
        Arguments = arguments;
        return this;
    }
}
