using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Attache.Infrastructure;

/// <summary>Runs the data annotations of an input (and of the inputs in its lists) and refuses it with one
/// 400 problem that names every bad field the way the JSON names it ("contacts[0].email"). Every text and date
/// also meets the shared rules (no control characters, dates in 1900–2100) and no list holds a null item.</summary>
public static class InputValidation
{
    public static void Check(object input)
    {
        var errors = new Dictionary<string, string[]>();
        Collect(input, prefix: string.Empty, errors);
        if (errors.Count > 0)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest, "One or more validation errors occurred.", errors: errors);
        }
    }

    /// <summary>A blank text means "not given", whether it came from an empty form field or from JSON.</summary>
    private static void BlankToNull(object input)
    {
        foreach (var property in input.GetType().GetProperties())
        {
            if (property.PropertyType == typeof(string) && property.CanWrite && property.GetIndexParameters().Length == 0
                && property.GetValue(input) is string text && string.IsNullOrWhiteSpace(text))
            {
                property.SetValue(input, null);
            }
        }
    }

    public static ProblemException Error(string field, string message) => ProblemException.Validation(field, message);

    private static void Collect(object input, string prefix, Dictionary<string, string[]> errors)
    {
        BlankToNull(input);
        var emptyItem = false;
        foreach (var property in input.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead)
            {
                continue;
            }

            var name = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var value = property.GetValue(input);
            if (value is string or DateOnly or DateTime or DateTimeOffset)
            {
                CheckValue(value, name, errors);
                continue;
            }

            if (value is not IEnumerable items)
            {
                continue;
            }

            var i = 0;
            foreach (var item in items)
            {
                if (item is null)
                {
                    // A JSON list like [null] would reach the feature code as a null record.
                    Add(errors, $"{name}[{i}]", Messages.EmptyItem);
                    emptyItem = true;
                }
                else if (item is string or DateOnly or DateTime or DateTimeOffset)
                {
                    CheckValue(item, $"{name}[{i}]", errors);
                }
                else if (item.GetType().IsClass)
                {
                    Collect(item, $"{name}[{i}].", errors);
                }

                i++;
            }
        }

        // The input's own cross-field rules (IValidatableObject) assume whole lists: with a null item they are left
        // for the next try, and only the attributes of each property are checked.
        var results = new List<ValidationResult>();
        var context = new ValidationContext(input);
        if (!emptyItem)
        {
            Validator.TryValidateObject(input, context, results, validateAllProperties: true);
        }
        else
        {
            foreach (var property in input.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
            {
                context.MemberName = property.Name;
                Validator.TryValidateProperty(property.GetValue(input), context, results);
            }
        }

        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
            {
                Add(errors, prefix + JsonNamingPolicy.CamelCase.ConvertName(member), result.ErrorMessage ?? "Invalid.");
            }
        }
    }

    /// <summary>The rules every text and date share, whatever its input class says: no control character that
    /// XML cannot carry (the IATI export and the Office documents are XML), no date outside 1900–2100.</summary>
    private static void CheckValue(object value, string field, Dictionary<string, string[]> errors)
    {
        var bad = value switch
        {
            string text => XmlText.IndexOfForbiddenControl(text) >= 0 ? Messages.ControlCharacter : null,
            DateOnly date => PlausibleDates.Contains(date) ? null : Messages.DateRange,
            DateTime date => PlausibleDates.Contains(date) ? null : Messages.DateRange,
            DateTimeOffset date => PlausibleDates.Contains(date) ? null : Messages.DateRange,
            _ => null,
        };
        if (bad is not null)
        {
            Add(errors, field, bad);
        }
    }

    private static void Add(Dictionary<string, string[]> errors, string key, string message)
    {
        if (!errors.GetValueOrDefault(key, []).Contains(message))
        {
            errors[key] = [.. errors.GetValueOrDefault(key, []), message];
        }
    }
}
