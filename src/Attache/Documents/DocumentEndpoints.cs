using System.Security.Cryptography;
using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Documents;

public sealed record DocumentDto(int Id, DocumentKind Kind, string FileName, string ContentType, long Size, string? Description,
    DateTime CreatedAt);

/// <summary>Files of any record: a feature adds them to its route group with
/// <c>group.MapDocuments("delegation", (db, id, ct) => db.Set&lt;Delegation&gt;().AnyAsync(d => d.Id == id, ct))</c>,
/// giving GET/POST {id}/documents and GET/DELETE {id}/documents/{documentId}.</summary>
public static class DocumentEndpoints
{
    public delegate Task<bool> OwnerExists(AttacheDb db, int ownerId, CancellationToken ct);

    public static IServiceCollection AddAttacheDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder group, string ownerEntity, OwnerExists ownerExists)
    {
        // "aidProject" -> "AidProject" in operation ids, "aid project" in their texts.
        var name = char.ToUpperInvariant(ownerEntity[0]) + ownerEntity[1..];
        var owner = string.Concat(ownerEntity.Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        group.MapGet("/{id:int}/documents", async Task<Results<Ok<List<DocumentDto>>, NotFound>> (AttacheDb db, int id, CancellationToken ct) =>
            await ownerExists(db, id, ct) ? TypedResults.Ok(await ListAsync(db, ownerEntity, id, ct)) : TypedResults.NotFound())
            .WithName($"List{name}Documents").WithSummary($"List the {owner}'s files")
            .WithDescription($"The files attached to the {owner} (name, kind, type, size, description); 404 when the {owner} "
                + "does not exist in the province.");

        group.MapPost("/{id:int}/documents", async Task<Results<Created<DocumentDto>, NotFound>> (AttacheDb db, IOptions<DocumentOptions> options,
            int id, IFormFile? file, [FromForm] DocumentKind? kind, [FromForm] string? description, CancellationToken ct) =>
        {
            if (!await ownerExists(db, id, ct))
            {
                return TypedResults.NotFound();
            }

            var dto = await UploadAsync(db, options.Value, ownerEntity, id, file, kind ?? DocumentKind.Other, description, ct);
            return TypedResults.Created($"{group}/{id}/documents/{dto.Id}", dto);
        }).RequireAuthorization(Policies.Edit).DisableAntiforgery()
            .WithName($"Upload{name}Document").WithSummary($"Attach a file to the {owner}")
            .WithDescription("Uploads the multipart field 'file' with an optional kind and description. A missing file, a "
                + "file over the size limit or of a type not accepted is a 400 naming 'file'.");

        group.MapGet("/{id:int}/documents/{documentId:int}", async Task<Results<FileContentHttpResult, NotFound>> (AttacheDb db,
            IOptions<DocumentOptions> options, int id, int documentId, CancellationToken ct) =>
        {
            var doc = await db.Set<StoredDocument>().AsNoTracking()
                .FirstOrDefaultAsync(d => d.Id == documentId && d.OwnerEntity == ownerEntity && d.OwnerId == id, ct);
            if (doc is null)
            {
                return TypedResults.NotFound();
            }

            var bytes = doc.Content ?? await File.ReadAllBytesAsync(Path.Combine(options.Value.Folder!, doc.StoragePath!), ct);
            return TypedResults.File(bytes, doc.ContentType, doc.FileName);
        }).Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .WithName($"Download{name}Document").WithSummary($"Download a file of the {owner}")
            .WithDescription($"The file as it was uploaded, under its own name and type; 404 when the {owner} has no such file.");

        group.MapDelete("/{id:int}/documents/{documentId:int}", async Task<Results<NoContent, NotFound>> (AttacheDb db, int id, int documentId,
            CancellationToken ct) =>
            await DeleteAsync(db, ownerEntity, id, documentId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.Edit)
            .WithName($"Delete{name}Document").WithSummary($"Delete a file of the {owner}")
            .WithDescription($"Removes the file from the {owner}; the audit trail keeps that it existed. 404 when the "
                + $"{owner} has no such file.");

        return group;
    }

    public static Task<List<DocumentDto>> ListAsync(AttacheDb db, string ownerEntity, int ownerId, CancellationToken ct) =>
        db.Set<StoredDocument>().AsNoTracking().Where(d => d.OwnerEntity == ownerEntity && d.OwnerId == ownerId)
            .OrderBy(d => d.Id)
            .Select(d => new DocumentDto(d.Id, d.Kind, d.FileName, d.ContentType, d.Size, d.Description, d.CreatedAt))
            .ToListAsync(ct);

    /// <summary>Removes a document of the record; false when the record has no such document.</summary>
    public static async Task<bool> DeleteAsync(AttacheDb db, string ownerEntity, int ownerId, int documentId, CancellationToken ct)
    {
        var doc = await db.Set<StoredDocument>().FirstOrDefaultAsync(d => d.Id == documentId && d.OwnerEntity == ownerEntity && d.OwnerId == ownerId, ct);
        if (doc is null)
        {
            return false;
        }

        // The file in the folder (if any) stays: the audit trail says it existed, and a backup can bring it back.
        db.Remove(doc);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The name the file is kept under: without folders and control characters, and cut (keeping its
    /// extension) to the column's <see cref="StoredDocument.FileNameLength"/> characters.</summary>
    public static string StoredName(string uploaded, string extension)
    {
        var name = new string([.. Path.GetFileName(uploaded).Where(c => !char.IsControl(c))]);
        if (name.Length <= StoredDocument.FileNameLength)
        {
            return name;
        }

        var stem = name[..^extension.Length];
        var keep = StoredDocument.FileNameLength - extension.Length;
        keep -= char.IsHighSurrogate(stem[keep - 1]) ? 1 : 0;
        return stem[..keep] + extension;
    }

    /// <summary>Checks the file against the size and type limits and stores it; a refusal is a 400 naming "file".</summary>
    public static async Task<DocumentDto> UploadAsync(AttacheDb db, DocumentOptions options, string ownerEntity, int ownerId,
        IFormFile? file, DocumentKind kind, string? description, CancellationToken ct)
    {
        switch (options.Check(file))
        {
            case UploadRefusal.Missing:
                throw ProblemException.Validation("file", "Attach a file (multipart form field 'file').")
                    .Localized("Choose a file to upload.");
            case UploadRefusal.TooLarge:
                throw ProblemException.Validation("file", $"The file is {file!.Length:N0} bytes; the limit is {options.MaxBytes:N0}.")
                    .Localized("The file is larger than the limit of {0} MB.", options.MaxBytes / (1024 * 1024));
            case UploadRefusal.WrongType:
                throw ProblemException.Validation("file",
                    $"Files of type '{Path.GetExtension(file!.FileName)}' are not accepted; use one of {string.Join(", ", options.AllowedTypes.Keys)}.")
                    .Localized("Files of this type are not accepted; use one of {0}.", string.Join(", ", options.AllowedTypes.Keys));
        }

        var extension = Path.GetExtension(file!.FileName);
        var contentType = options.AllowedTypes[extension];
        if (description is { Length: > 1000 })
        {
            throw ProblemException.Validation("description", Messages.TooLong);
        }

        if (description is not null && XmlText.IndexOfForbiddenControl(description) >= 0)
        {
            throw ProblemException.Validation("description", Messages.ControlCharacter);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var doc = new StoredDocument
        {
            OwnerEntity = ownerEntity,
            OwnerId = ownerId,
            Kind = kind,
            FileName = StoredName(file.FileName, extension),
            ContentType = contentType,
            Size = bytes.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
        };

        if (string.IsNullOrWhiteSpace(options.Folder))
        {
            doc.Content = bytes;
        }
        else
        {
            doc.StoragePath = Path.Combine(ownerEntity, $"{Guid.NewGuid():N}{extension.ToLowerInvariant()}");
            var path = Path.Combine(options.Folder, doc.StoragePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, bytes, ct);
        }

        db.Add(doc);
        await db.SaveChangesAsync(ct);
        return new DocumentDto(doc.Id, doc.Kind, doc.FileName, doc.ContentType, doc.Size, doc.Description, doc.CreatedAt);
    }
}
