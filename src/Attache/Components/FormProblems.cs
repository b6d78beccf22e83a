using System.Collections;
using System.Globalization;
using System.Reflection;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace Attache.Components;

/// <summary>Shows a refusal of the shared feature code (a 400 problem with field names such as
/// "contacts[0].email") next to the form fields that caused it.</summary>
public static class FormProblems
{
    private const string Listed = "attache.problems";

    public static void Show(EditContext context, ValidationMessageStore store, ProblemException problem, IStringLocalizer L)
    {
        store.Clear();
        var listed = new List<(FieldIdentifier Field, string Message)>();
        context.Properties[Listed] = listed;
        if (problem.Key is not null)
        {
            var field = problem.Errors?.Keys.FirstOrDefault() ?? string.Empty;
            Add(Resolve(context.Model, field), [Text(L, problem)]);
            context.NotifyValidationStateChanged();
            return;
        }

        foreach (var (key, messages) in problem.Errors ?? new Dictionary<string, string[]> { [string.Empty] = [problem.Detail ?? problem.Title] })
        {
            Add(Resolve(context.Model, key), messages);
        }

        context.NotifyValidationStateChanged();

        void Add(FieldIdentifier field, string[] messages)
        {
            store.Add(field, messages);
            listed.AddRange(messages.Select(m => (field, m)));
        }
    }

    /// <summary>The messages of the last refusal in the order the feature gave them, each with its field (the
    /// form as a whole has an empty field name): what the form's summary lists and links to.</summary>
    public static IReadOnlyList<(FieldIdentifier Field, string Message)> Listing(EditContext context) =>
        context.Properties.TryGetValue(Listed, out var listed)
            ? (List<(FieldIdentifier, string)>)listed
            : [];

    /// <summary>The message for a value that does not fit its field ("2.5" people, "31/02"), with the value as {0}.
    /// </summary>
    public const string Unreadable = "“{0}” cannot be read as this field's value.";

    private const string Mapped = "attache.unread";

    /// <summary>Notes on the form the values the browser sent that did not fit their fields (found by the form's
    /// summary, Components/FormErrors.razor, when the posted form is first drawn).</summary>
    public static void Unread(EditContext context, FormMappingContext mapping) =>
        context.Properties[Mapped] = mapping.GetAllErrors().Any();

    /// <summary>Whether a value the browser sent did not fit its field: the form is then not saved, for the field
    /// would be saved empty.</summary>
    public static bool HasUnread(EditContext context) =>
        context.Properties.TryGetValue(Mapped, out var unread) && unread is true;

    /// <summary>The id of a field's label, the target of the summary's link to it.</summary>
    public static string Anchor(FieldIdentifier field) => string.Create(CultureInfo.InvariantCulture,
        $"field-{field.FieldName.ToLowerInvariant()}-{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(field.Model):x}");

    /// <summary>The refusal in the reader's language: its own wording when it has one, else its message as a resource key.</summary>
    public static string Text(IStringLocalizer L, ProblemException problem)
    {
        if (problem.Key is null)
        {
            return L[problem.FirstMessage];
        }

        var arguments = problem.Arguments.Select(a => Argument(L, a)).ToArray();
        return string.Format(CultureInfo.CurrentCulture, L[problem.Key], arguments);
    }

    private static object Argument(IStringLocalizer L, object argument) => argument switch
    {
        Enum e => L[$"{e.GetType().Name}.{e}"].Value,
        DateOnly d => d.ToString("d", CultureInfo.CurrentCulture),
        Term term => L[term.Key].Value,
        string text => text,
        IEnumerable items => string.Join(", ", items.Cast<object>().Select(i => Argument(L, i))),
        _ => argument,
    };

    private static FieldIdentifier Resolve(object model, string key)
    {
        // Walk "contacts[0].email" down the model; anything that does not resolve lands on the form as a whole.
        object current = model;
        var parts = key.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var index = -1;
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket > 0)
            {
                _ = int.TryParse(part[(bracket + 1)..^1], out index);
                part = part[..bracket];
            }

            var property = current.GetType().GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return new FieldIdentifier(model, string.Empty);
            }

            if (i == parts.Length - 1 && index < 0)
            {
                return new FieldIdentifier(current, property.Name);
            }

            var value = property.GetValue(current);
            if (index >= 0 && value is IList list && index < list.Count && list[index] is { } item)
            {
                value = item;
            }

            if (value is null)
            {
                return new FieldIdentifier(model, string.Empty);
            }

            current = value;
        }

        return new FieldIdentifier(model, string.Empty);
    }
}
