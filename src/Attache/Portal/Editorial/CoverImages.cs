using SkiaSharp;

namespace Attache.Portal.Editorial;

/// <summary>The web sizes of a cover image, made with SkiaSharp: the stored original is decoded (only a PNG or JPEG
/// of at most <see cref="MaxPixels"/> pixels; the header is read before any pixel is) and scaled down to one of
/// <see cref="Widths"/>, keeping its proportions, as a JPEG. Never scaled up.</summary>
public static class CoverImages
{
    public static readonly int[] Widths = [480, 960, 1600];

    /// <summary>40 megapixels: larger images are refused before they are decoded (a decompression bomb).</summary>
    public const long MaxPixels = 40_000_000;

    public const int Quality = 82;

    public enum Refusal
    {
        None,
        NotAnImage,
        TooLarge,
    }

    /// <summary>Whether the bytes are an image this code decodes, and not too large to.</summary>
    public static Refusal Check(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg))
        {
            return Refusal.NotAnImage;
        }

        return (long)codec.Info.Width * codec.Info.Height > MaxPixels ? Refusal.TooLarge : Refusal.None;
    }

    /// <summary>The image's width and height in pixels, read from its header; null when <see cref="Check"/> refuses
    /// it.</summary>
    public static (int Width, int Height)? Size(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        return codec is null || Check(bytes) != Refusal.None ? null : (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>The sizes an image <paramref name="width"/> pixels wide is served at: each web width asked for
    /// and the width it comes out at (never scaled up, so a narrow image's larger sizes are its own width, once).
    /// </summary>
    public static IReadOnlyList<(int Asked, int Served)> ServedWidths(int width) =>
        [.. Widths.Select(w => (w, Math.Min(w, width))).DistinctBy(s => s.Item2)];

    /// <summary>The image scaled to <paramref name="width"/> pixels wide (or its own width if narrower), as JPEG;
    /// null when the bytes are not an image that <see cref="Check"/> accepts.</summary>
    public static byte[]? Resize(byte[] bytes, int width)
    {
        if (Check(bytes) != Refusal.None)
        {
            return null;
        }

        using var original = SKBitmap.Decode(bytes);
        if (original is null)
        {
            return null;
        }

        var w = Math.Min(width, original.Width);
        var h = Math.Max(1, (int)Math.Round((double)original.Height * w / original.Width));
        using var scaled = original.Resize(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul),
            new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var surface = SKSurface.Create(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        // JPEG has no transparency: a transparent PNG is laid on white.
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.DrawBitmap(scaled, 0, 0);
        using var image = surface.Snapshot();
        using var encoded = image.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return encoded.ToArray();
    }
}
