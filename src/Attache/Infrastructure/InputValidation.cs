using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Attache.Infrastructure;

/// <summary>Runs the data annotations of an input (and of the inputs in its lists) and refuses it with one
/// 400 problem that names every bad field the way the JSON names it ("contacts[0].email").</summary>
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
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
            {
                var key = prefix + JsonNamingPolicy.CamelCase.ConvertName(member);
                errors[key] = [.. errors.GetValueOrDefault(key, []), result.ErrorMessage ?? "Invalid."];
            }
        }

        foreach (var property in input.GetType().GetProperties())
        {
            if (property.PropertyType == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(property.PropertyType)
                || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (property.GetValue(input) is not IEnumerable items)
            {
                continue;
            }

            var i = 0;
            foreach (var item in items)
            {
                if (item is not null && item.GetType().IsClass && item is not string)
                {
                    Collect(item, $"{prefix}{JsonNamingPolicy.CamelCase.ConvertName(property.Name)}[{i}].", errors);
                }

                i++;
            }
        }
    }
}
