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
    public static void Show(EditContext context, ValidationMessageStore store, ProblemException problem, IStringLocalizer L)
    {
        store.Clear();
        if (problem.Key is not null)
        {
            var field = problem.Errors?.Keys.FirstOrDefault() ?? string.Empty;
            store.Add(Resolve(context.Model, field), Text(L, problem));
            context.NotifyValidationStateChanged();
            return;
        }

        foreach (var (key, messages) in problem.Errors ?? new Dictionary<string, string[]> { [string.Empty] = [problem.Detail ?? problem.Title] })
        {
            store.Add(Resolve(context.Model, key), messages);
        }

        context.NotifyValidationStateChanged();
    }

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
