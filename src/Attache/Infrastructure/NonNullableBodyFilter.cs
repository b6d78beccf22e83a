using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Attache.Infrastructure;

/// <summary>Refuses a JSON body whose non-nullable text fields are missing or null, naming each one. The Identity
/// endpoints (/api/auth/*) bind records such as <c>LoginRequest</c> whose members are declared non-nullable, but
/// System.Text.Json lets <c>{"email": null}</c> through and the handler then fails with a 500.</summary>
public sealed class NonNullableBodyFilter : IEndpointFilter
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Required = new();

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var errors = new Dictionary<string, string[]>();
        var body = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.RequestType;
        foreach (var argument in context.Arguments)
        {
            // Only the JSON body: services and query values are not the caller's to fill.
            if (argument is null || body is null || argument.GetType() != body)
            {
                continue;
            }

            foreach (var property in Required.GetOrAdd(argument.GetType(), NonNullableTexts))
            {
                if (property.GetValue(argument) is not string { Length: > 0 })
                {
                    errors[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = [Messages.Required];
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest, "One or more validation errors occurred.", errors: errors);
        }

        return next(context);
    }

    private static PropertyInfo[] NonNullableTexts(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) && p.CanRead && p.GetIndexParameters().Length == 0
                && nullability.Create(p).WriteState == NullabilityState.NotNull)];
    }
}
