using Microsoft.AspNetCore.Http.Metadata;

namespace Attache.Accounts;

/// <summary>What the endpoints of ASP.NET Core Identity (<c>MapIdentityApi</c>, under /api/auth) do here, for the
/// OpenAPI document: they come without a summary or description of their own.</summary>
internal static class IdentityApiDocs
{
    private const string NoMail = " This installation sends no e-mail unless a sender is configured.";

    private static readonly Dictionary<string, (string Name, string Summary, string Description)> Docs = new()
    {
        ["POST /register"] = ("Register", "Create an account (administrators only)",
            "Identity's registration, open to administrators only; the account gets no role. Prefer POST /api/users, "
            + "which sets the role and province."),
        ["POST /login"] = ("Login", "Sign in",
            "Exchanges e-mail and password for a short-lived bearer access token and a refresh token. Any refusal is "
            + "the same 401, whether the account exists or not. Too many attempts from a client or for an account are "
            + "a 429, and so is every attempt of a client that gave 5 wrong passwords for that account, for 15 minutes. "
            + "With useCookies=true it sets the staff UI's cookie instead."),
        ["POST /refresh"] = ("Refresh", "Refresh the access token",
            "Exchanges a refresh token for a new access token and refresh token, without the password. A refresh token "
            + "works once; used again it is a 401 and ends every session of its account. 401 too when it has expired "
            + "or the account has changed since (role, province, password, sign-out)."),
        ["GET /confirmEmail"] = ("ConfirmEmail", "Confirm an e-mail address",
            "The link of a confirmation e-mail (user id and code). Accounts made by an administrator are confirmed "
            + "already." + NoMail),
        ["POST /resendConfirmationEmail"] = ("ResendConfirmationEmail", "Resend the confirmation e-mail",
            "Always 200, whether or not the address belongs to an account, so that it reveals no account." + NoMail),
        ["POST /forgotPassword"] = ("ForgotPassword", "Ask for a password reset code",
            "Always 200, whether or not the address belongs to an account, so that it reveals no account." + NoMail),
        ["POST /resetPassword"] = ("ResetPassword", "Reset the password with a code",
            "Sets a new password with the reset code of the e-mail; an invalid code or a password that breaks the "
            + "rules is a 400."),
        ["POST /manage/2fa"] = ("ManageTwoFactor", "Two-factor sign-in settings",
            "Enables, disables or resets authenticator-app two-factor sign-in for the signed-in account."),
        ["GET /manage/info"] = ("GetAccountInfo", "The signed-in account",
            "The signed-in account's e-mail address and whether it is confirmed."),
        ["POST /manage/info"] = ("UpdateAccountInfo", "Change the signed-in account's e-mail or password",
            "A new password needs the old one; a password that breaks the rules is a 400."),
    };

    public static void Describe(EndpointBuilder endpoint)
    {
        if (endpoint is not RouteEndpointBuilder { RoutePattern.RawText: { } raw })
        {
            return;
        }

        var method = endpoint.Metadata.OfType<IHttpMethodMetadata>().FirstOrDefault()?.HttpMethods is [var first, ..]
            ? first
            : null;
        var at = raw.IndexOf("/auth/", StringComparison.Ordinal);
        var route = at < 0 ? raw : raw[(at + "/auth".Length)..];
        if (method is null || !Docs.TryGetValue($"{method} {route}", out var doc))
        {
            return;
        }

        // Identity names the endpoints it links to (the e-mail confirmation); those keep their name.
        if (!endpoint.Metadata.OfType<IEndpointNameMetadata>().Any())
        {
            endpoint.Metadata.Add(new EndpointNameMetadata(doc.Name));
        }

        // What the endpoints answer beside their typed results, which OpenAPI would not know otherwise.
        if (route is "/confirmEmail")
        {
            endpoint.Metadata.Add(
                new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(void), ["text/plain"]));
        }

        if (route is "/login" or "/refresh" or "/confirmEmail")
        {
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(void)));
        }
        else if (route is "/resendConfirmationEmail")
        {
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(void)));
        }

        endpoint.Metadata.Add(new EndpointSummaryAttribute(doc.Summary));
        endpoint.Metadata.Add(new EndpointDescriptionAttribute(doc.Description));
    }
}
