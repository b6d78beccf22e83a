using Attache.Calendar;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Attache.Accounts;

/// <summary>Identity's user manager, which also renews the personal calendar address when the password changes
/// (by the owner, a reset or the administrator): whoever knew the old password loses the calendar too.</summary>
public sealed class AttacheUserManager(AttacheDb db, IUserStore<AppUser> store, IOptions<IdentityOptions> options,
    IPasswordHasher<AppUser> hasher, IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators, ILookupNormalizer normalizer, IdentityErrorDescriber errors,
    IServiceProvider services, ILogger<UserManager<AppUser>> logger)
    : UserManager<AppUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    protected override Task<IdentityResult> UpdateUserAsync(AppUser user)
    {
        var entry = db.Entry(user);
        if (entry.State != Microsoft.EntityFrameworkCore.EntityState.Detached
            && entry.Property(u => u.PasswordHash).OriginalValue is { } before && before != user.PasswordHash)
        {
            user.CalendarToken = CalendarFeed.NewToken();
        }

        return base.UpdateUserAsync(user);
    }
}
