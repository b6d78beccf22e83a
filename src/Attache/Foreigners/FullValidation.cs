using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Attache.Infrastructure;

namespace Attache.Foreigners;

/// <summary><see cref="InputValidation.Check"/>, plus the input's own cross-field rules even when a field already
/// failed its attributes (DataAnnotations skip <see cref="IValidatableObject.Validate"/> then), so that one 400 names
/// every bad field at once.</summary>
public static class FullValidation
{
    public static void Check(IValidatableObject input)
    {
        try
        {
            InputValidation.Check(input);
        }
        catch (ProblemException problem) when (problem is { Status: StatusCodes.Status400BadRequest, Errors: { } errors })
        {
            var merged = new Dictionary<string, string[]>(errors);
            foreach (var result in input.Validate(new ValidationContext(input)))
            {
                foreach (var member in result.MemberNames)
                {
                    merged.TryAdd(JsonNamingPolicy.CamelCase.ConvertName(member), [result.ErrorMessage ?? "Invalid."]);
                }
            }

            throw new ProblemException(problem.Status, problem.Title, problem.Detail, merged);
        }
    }
}
