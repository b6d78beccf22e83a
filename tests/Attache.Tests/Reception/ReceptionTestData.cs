using Attache.Staff;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Reception;

/// <summary>Staff rows written straight into the database (the roster has its own API elsewhere).</summary>
internal static class ReceptionTestData
{
    public static async Task<int> InterpreterAsync(this AttacheFactory app, string name, string language,
        string province = "VN-01", bool active = true, bool interpreter = true)
    {
        var provinceId = await app.ProvinceIdAsync(province);
        var staff = new StaffMember
        {
            FullName = name,
            ProvinceId = provinceId,
            IsInterpreter = interpreter,
            Active = active,
            Position = "Chuyên viên",
            Languages =
            [
                new StaffLanguage
                {
                    Language = language, Level = "5", Scale = LanguageScale.Topik, ProvinceId = provinceId,
                },
            ],
        };
        await app.WithDbAsync(async (db, _) =>
        {
            db.Add(staff);
            await db.SaveChangesAsync();
        });
        return staff.Id;
    }
}
