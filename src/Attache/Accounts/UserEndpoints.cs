using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Attache.Accounts;

public sealed record UserDto(string Id, string Email, string? DisplayName, string? Province, IReadOnlyList<string> Roles, bool LockedOut);

public sealed class UserInput
{
    [Required(ErrorMessage = Messages.Required), EmailAddress(ErrorMessage = Messages.Email), MaxLength(256, ErrorMessage = Messages.TooLong)]
    public string? Email { get; set; }

    /// <summary>Required when creating; when updating, a new password replaces the old one.</summary>
    public string? Password { get; set; }

    [MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public string? Role { get; set; }

    /// <summary>ISO 3166-2 code; required for Officer, Leader and Viewer, empty for national roles.</summary>
    public string? Province { get; set; }
}

/// <summary>The administrator's management of accounts: who works where, in which role.</summary>
public sealed class UserEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Admin);

        group.MapGet("/", async (AttacheDb db, [AsParameters] PageRequest paging, string? search, CancellationToken ct) =>
        {
            InputValidation.Check(paging);
            var query = db.Users.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(search))
            {
                var term = search.Trim().ToUpperInvariant();
                query = query.Where(u => u.NormalizedEmail!.Contains(term));
            }

            var now = db.Clock.GetUtcNow();
            var page = await query.OrderBy(u => u.Email)
                .Select(u => new
                {
                    u.Id, u.Email, u.DisplayName, Province = u.Province == null ? null : u.Province.Code,
                    Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                    Locked = u.LockoutEnd != null && u.LockoutEnd > now,
                })
                .ToPageAsync(paging, ct);
            return new Paged<UserDto>([.. page.Items.Select(u => new UserDto(u.Id, u.Email!, u.DisplayName, u.Province, u.Roles, u.Locked))],
                page.Total, page.Page, page.PageSize);
        })
            .WithName("ListUsers").WithSummary("List accounts")
            .WithDescription("A page of accounts with their role, province and lockout, searched by e-mail "
                + "(administrators only).");

        group.MapPost("/", async Task<Created<UserDto>> (AttacheDb db, UserManager<AppUser> users, UserInput input, CancellationToken ct) =>
        {
            var provinceId = await CheckAsync(db, input, ct);
            if (string.IsNullOrEmpty(input.Password))
            {
                throw InputValidation.Error("password", Messages.Required);
            }

            var user = new AppUser { UserName = input.Email, Email = input.Email, EmailConfirmed = true, DisplayName = input.DisplayName, ProvinceId = provinceId };
            Succeed(await users.CreateAsync(user, input.Password));
            Succeed(await users.AddToRoleAsync(user, input.Role!));
            return TypedResults.Created($"/api/users/{user.Id}", new UserDto(user.Id, user.Email!, user.DisplayName, input.Province?.ToUpperInvariant(), [input.Role!], false));
        })
            .WithName("CreateUser").WithSummary("Create an account")
            .WithDescription("Creates an account in a role; province roles (Officer, Leader, Viewer) need a "
                + "province, national ones none. Bad input is a 400 naming the field.");

        group.MapPut("/{id}", async Task<Results<Ok<UserDto>, NotFound>> (AttacheDb db, UserManager<AppUser> users, string id, UserInput input, CancellationToken ct) =>
        {
            var user = await users.FindByIdAsync(id);
            if (user is null)
            {
                return TypedResults.NotFound();
            }

            user.ProvinceId = await CheckAsync(db, input, ct);
            user.DisplayName = input.DisplayName;
            user.Email = input.Email;
            user.UserName = input.Email;
            Succeed(await users.UpdateAsync(user));
            var roles = await users.GetRolesAsync(user);
            Succeed(await users.RemoveFromRolesAsync(user, roles));
            Succeed(await users.AddToRoleAsync(user, input.Role!));
            if (!string.IsNullOrEmpty(input.Password))
            {
                Succeed(await users.RemovePasswordAsync(user));
                Succeed(await users.AddPasswordAsync(user, input.Password));
            }

            // Role or province changes take effect at the next sign-in; the security stamp ends old sessions.
            await users.UpdateSecurityStampAsync(user);
            return TypedResults.Ok(new UserDto(user.Id, user.Email!, user.DisplayName, input.Province?.ToUpperInvariant(), [input.Role!], false));
        })
            .WithName("UpdateUser").WithSummary("Update an account")
            .WithDescription("Changes an account's e-mail, name, role, province or password; its sessions end (the "
                + "security stamp changes).");

        return app;
    }

    private static async Task<int?> CheckAsync(AttacheDb db, UserInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        if (!Roles.All.Contains(input.Role))
        {
            throw InputValidation.Error("role", $"Use one of {string.Join(", ", Roles.All)}.");
        }

        var national = Roles.National.Contains(input.Role);
        if (national)
        {
            if (!string.IsNullOrWhiteSpace(input.Province))
            {
                throw InputValidation.Error("province", "National roles work in every province; leave the province empty.");
            }

            return null;
        }

        var code = input.Province?.Trim().ToUpperInvariant();
        return await db.Provinces.Where(p => p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct)
            ?? throw InputValidation.Error("province", "Officer, Leader and Viewer work in one province: give its code, e.g. VN-04.");
    }

    private static void Succeed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ProblemException(StatusCodes.Status400BadRequest, "The account could not be saved.",
                errors: result.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "email" : "account")
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }
    }
}
