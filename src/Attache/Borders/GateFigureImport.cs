using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Attache.Infrastructure;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Attache.Borders;

/// <summary>A refused cell: <see cref="Template"/> is also the resource key the upload page translates,
/// <see cref="Value"/> fills it.</summary>
public sealed record ImportRowError(int Row, string Column, string Template, string? Value = null)
{
    public string Message => Value is null ? Template : string.Format(CultureInfo.InvariantCulture, Template, Value);
}

public sealed record FigureImportResult(int Rows, int Created, int Updated);

/// <summary>Bulk entry of gate figures from a CSV or Excel sheet, one row per gate and period. All or nothing:
/// every row is checked first and a single bad cell refuses the whole file; a row for a gate and period that
/// already has a figure replaces it, so uploading the same file twice changes nothing the second time.</summary>
public sealed class GateFigureImport(AttacheDb db) : IFeatureService
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 5000;

    /// <summary>The columns, in the order of the template. <c>gate</c> is the Vietnamese gate name or its id.</summary>
    public static readonly string[] Columns =
        ["gate", "year", "month", "importTurnoverUsd", "exportTurnoverUsd", "stateRevenueVnd", "passengers", "vehicles",
            "source"];

    public sealed class RowsRefused(IReadOnlyList<ImportRowError> errors)
        : ProblemException(StatusCodes.Status400BadRequest,
        "The file was not imported", Describe(errors), errors.GroupBy(e => $"rows[{e.Row}].{e.Column}")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
    {
        public IReadOnlyList<ImportRowError> Rows { get; } = errors;

        private static string Describe(IReadOnlyList<ImportRowError> errors) =>
            $"{errors.Count} problem(s) in row(s) {string.Join(", ", errors.Select(e => e.Row).Distinct())}. "
            + "Nothing was imported: correct the file and upload it again.";
    }

    public async Task<FigureImportResult> ImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            throw ProblemException.Validation("file", "Attach a .csv or .xlsx file (multipart form field 'file').");
        }

        if (file.Length > MaxBytes)
        {
            throw ProblemException.Validation("file",
                $"The file is {file.Length:N0} bytes; the limit is {MaxBytes:N0}.");
        }

        await using var stream = file.OpenReadStream();
        return await ImportAsync(stream, Path.GetExtension(file.FileName), ct);
    }

    public async Task<FigureImportResult> ImportAsync(Stream stream, string extension, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBytes)
        {
            throw ProblemException.Validation("file",
                $"The file is {buffer.Length:N0} bytes; the limit is {MaxBytes:N0}.");
        }

        buffer.Position = 0;
        var rows = extension.ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(buffer),
            ".xlsx" => ReadXlsx(buffer),
            _ => throw ProblemException.Validation("file",
                $"Files of type '{extension}' are not accepted; upload .csv or .xlsx."),
        };

        if (rows.Count == 0)
        {
            throw ProblemException.Validation("file", "The file has no data rows under the header.");
        }

        var errors = new List<ImportRowError>();
        var gates = await db.Set<BorderGate>().AsNoTracking().Select(g => new { g.Id, g.Name, g.ProvinceId })
            .ToListAsync(ct);
        var parsed = new List<(int Row, int GateId, int ProvinceId, GateFigureInput Input)>();
        foreach (var (row, cells) in rows)
        {
            var input = Parse(row, cells, errors);
            var gateText = cells.GetValueOrDefault("gate")?.Trim();
            var gate = string.IsNullOrEmpty(gateText) ? null
                : int.TryParse(gateText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? gates.FirstOrDefault(g => g.Id == id)
                : gates.FirstOrDefault(g => TextSearch.Fold(g.Name) == TextSearch.Fold(gateText));
            if (gate is null)
            {
                errors.Add(string.IsNullOrEmpty(gateText) ? new(row, "gate", Messages.Required)
                    : new(row, "gate", "'{0}' is not a border gate of this province; use its Vietnamese name or id.",
                        gateText));
            }
            else if (input is not null)
            {
                parsed.Add((row, gate.Id, gate.ProvinceId, input));
            }
        }

        var gateIds = parsed.Select(p => p.GateId).Distinct().ToList();
        var years = parsed.Select(p => p.Input.Year!.Value).Distinct().ToList();
        // Only the figures the file can touch: its gates in its years (at most 13 per gate and year).
        var existing = await db.Set<GateFigure>()
            .Where(f => gateIds.Contains(f.BorderGateId) && years.Contains(f.Year)).ToListAsync(ct);
        CheckPeriods(parsed.Select(p => (p.Row, p.GateId, p.Input.Year!.Value, p.Input.Month)).ToList(), existing,
            errors);
        if (errors.Count > 0)
        {
            throw new RowsRefused([.. errors.OrderBy(e => e.Row).ThenBy(e => Array.IndexOf(Columns, e.Column))]);
        }

        int created = 0, updated = 0;
        foreach (var (_, gateId, provinceId, input) in parsed)
        {
            var (start, end) = GateFigure.Period(input.Year!.Value, input.Month);
            var figure = existing.FirstOrDefault(f => f.BorderGateId == gateId && f.PeriodStart == start
                && f.PeriodEnd == end);
            if (figure is null)
            {
                figure = new GateFigure { BorderGateId = gateId, ProvinceId = provinceId };
                figure.SetPeriod(input.Year.Value, input.Month);
                db.Add(figure);
                created++;
            }
            else
            {
                updated++;
            }

            GateFigureService.Apply(figure, input);
        }

        await db.SaveChangesAsync(ct);
        return new FigureImportResult(parsed.Count, created, updated);
    }

    private static void CheckPeriods(List<(int Row, int GateId, int Year, int? Month)> rows, List<GateFigure> existing,
        List<ImportRowError> errors)
    {
        var seen = new Dictionary<(int, int, int?), int>();
        foreach (var (row, gateId, year, month) in rows)
        {
            if (seen.TryGetValue((gateId, year, month), out var first))
            {
                errors.Add(new(row, month is null ? "year" : "month",
                    "Row {0} already has this gate's figure for the same period.",
                    first.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            seen[(gateId, year, month)] = row;
            var mixed = rows.Any(r => r.GateId == gateId && r.Year == year && (r.Month is null) != (month is null))
                || existing.Any(f => f.BorderGateId == gateId && f.Year == year
                    && (f.Month is null) != (month is null));
            if (mixed)
            {
                errors.Add(new(row, "month",
                    "{0} of this gate would have both a yearly figure and monthly figures, and would be counted twice.",
                    year.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static GateFigureInput? Parse(int row, Dictionary<string, string?> cells, List<ImportRowError> errors)
    {
        var before = errors.Count;
        var input = new GateFigureInput
        {
            Year = Number<int>(row, cells, "year", errors),
            Month = Number<int>(row, cells, "month", errors),
            ImportTurnoverUsd = Number<decimal>(row, cells, "importTurnoverUsd", errors),
            ExportTurnoverUsd = Number<decimal>(row, cells, "exportTurnoverUsd", errors),
            StateRevenueVnd = Number<decimal>(row, cells, "stateRevenueVnd", errors),
            Passengers = Number<int>(row, cells, "passengers", errors),
            Vehicles = Number<int>(row, cells, "vehicles", errors),
            Source = cells.GetValueOrDefault("source")?.Trim() is { Length: > 0 } s ? s : null,
        };

        if (input.Source is { } source && XmlText.IndexOfForbiddenControl(source) >= 0)
        {
            // The source is written into the Excel report and the IATI-style XML: the same rule as typed text.
            errors.Add(new(row, "source", Messages.ControlCharacter));
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames)
            {
                var column = JsonNamingPolicy.CamelCase.ConvertName(member);
                if (!errors.Skip(before).Any(e => e.Column == column))
                {
                    errors.Add(new(row, column, result.ErrorMessage ?? "Invalid."));
                }
            }
        }

        return errors.Count == before ? input : null;
    }

    private static T? Number<T>(int row, Dictionary<string, string?> cells, string column, List<ImportRowError> errors)
        where T : struct, INumber<T>
    {
        var text = cells.GetValueOrDefault(column)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // Invariant numbers (1234567.5; commas may group thousands): the same file reads the same in every locale.
        if (T.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new(row, column, typeof(T) == typeof(int)
            ? "'{0}' is not a whole number."
            : "'{0}' is not a number; write it like 1234567.89 without a currency sign.", text));
        return null;
    }

    private static List<(int Row, Dictionary<string, string?> Cells)> ReadCsv(Stream stream)
    {
        // The separator is detected (',' from most tools, ';' from Excel in a Vietnamese locale); lines are counted
        // so that an error names the row the user sees in the file.
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { TrackLineNumbers = true }, true);
        var header = csv.Headers.ToArray();
        if (header.Length == 0)
        {
            throw ProblemException.Validation("file", "The file is empty; the first row must name the columns.");
        }

        var map = MapHeader(header);
        var rows = new List<(int, Dictionary<string, string?>)>();
        while (csv.Read())
        {
            var cells = map.ToDictionary(m => m.Key, m => m.Value < csv.FieldCount ? csv.GetString(m.Value) : null);
            if (cells.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
            {
                rows.Add(((int)csv.LineNumber, cells));
                CheckRowCount(rows.Count);
            }
        }

        return rows;
    }

    /// <summary>Reads the sheet row by row and stops at the row limit: a sheet is never held whole in memory,
    /// and a workbook that unpacks out of proportion is refused before it is read
    /// (<see cref="ArchiveGuard"/>).</summary>
    private static List<(int Row, Dictionary<string, string?> Cells)> ReadXlsx(Stream stream)
    {
        ArchiveGuard.Check(stream, "file");
        Dictionary<string, int>? map = null;
        List<string> letters = [];
        var rows = new List<(int, Dictionary<string, string?>)>();
        var row = 0;
        try
        {
            var sheet = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX);
            foreach (IDictionary<string, object?> sheetRow in sheet)
            {
                // Without a header row MiniExcel keys cells by column letter; rows come in sheet order from row 1.
                row++;
                if (map is null)
                {
                    var header = sheetRow.ToDictionary(c => c.Key, c => Cell(c.Value));
                    map = MapHeader([.. header.Values.Select(v => v ?? "")]);
                    letters = [.. header.Keys];
                    continue;
                }

                var cells = map.ToDictionary(m => m.Key,
                    m => Cell(sheetRow.TryGetValue(letters[m.Value], out var v) ? v : null));
                if (cells.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
                {
                    rows.Add((row, cells));
                    CheckRowCount(rows.Count);
                }
                else
                {
                    // Blank rows cost reading too: a sheet of a million empty rows is no smaller a job.
                    CheckRowCount(row / 4);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException
            or InvalidOperationException)
        {
            throw ProblemException.Validation("file", "The file is not a readable Excel workbook (.xlsx).");
        }

        if (map is null)
        {
            throw ProblemException.Validation("file", "The workbook is empty; the first row must name the columns.");
        }

        return rows;
    }

    private static void CheckRowCount(int rows)
    {
        if (rows > MaxRows)
        {
            throw ProblemException.Validation("file",
                $"The file has more than {MaxRows:N0} rows; upload at most {MaxRows:N0} at a time.");
        }
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        // Excel keeps numbers as doubles; through decimal they print without exponent (2.5E+12 would not parse).
        double d when Math.Abs(d) < 1e27 => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static Dictionary<string, int> MapHeader(string[] header)
    {
        var map = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var key = Columns.FirstOrDefault(c => string.Equals(c, Normalise(header[i]),
                StringComparison.OrdinalIgnoreCase));
            if (key is not null)
            {
                map.TryAdd(key, i);
            }
        }

        var missing = new[] { "gate", "year" }.Where(c => !map.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw ProblemException.Validation("file",
                $"The header row lacks the column(s) "
                    + $"{string.Join(", ", missing)}; the columns are {string.Join(", ", Columns)}.");
        }

        return map;
    }

    private static string Normalise(string header) => header.Trim().Trim('\uFEFF')
        .Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
}
