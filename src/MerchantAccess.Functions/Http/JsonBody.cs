using System.Text.Json;
using MerchantAccess.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace MerchantAccess.Functions.Http;

/// <summary>
/// Reads a JSON request body into a request type, turning every way it can be wrong (too large,
/// not JSON, wrong types, unknown members, empty) into a failure that names the field.
/// </summary>
public static class JsonBody
{
    /// <summary>Largest accepted body. Every request of the API fits in a few hundred bytes.</summary>
    public const int MaxBytes = 64 * 1024;

    public static async Task<Result<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);

        if (request.ContentType is { } contentType && !IsJson(contentType))
        {
            return Failure.Of(FailureCode.UnsupportedMediaType);
        }

        if (request.ContentLength > MaxBytes)
        {
            return Failure.Of(FailureCode.PayloadTooLarge);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return Failure.Of(FailureCode.PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return Failure.Validation(new FieldError("body", "empty"));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ApiJson.Request);
            return value is null ? Failure.Validation(new FieldError("body", "empty")) : value;
        }
        catch (JsonException exception)
        {
            return Failure.Validation(ToFieldError(exception));
        }
    }

    /// <summary>
    /// Classifies a deserialisation error. System.Text.Json reports the kind of error only in its
    /// message, so the two kinds that name a field (unknown member, wrong type) are recognised by
    /// it; anything else is malformed JSON.
    /// </summary>
    private static FieldError ToFieldError(JsonException exception)
    {
        if (exception.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            // The path of an unknown member points at its parent; the message names the member.
            return new FieldError(UnknownMemberName(exception.Message) ?? "body", "unknownMember");
        }

        if (exception.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return new FieldError(FieldName(exception.Path) ?? "body", "invalidType");
        }

        return new FieldError("body", "malformedJson");
    }

    /// <summary>Turns a JSON path such as <c>$.login</c> into the field name <c>login</c>; <c>null</c> for the root.</summary>
    private static string? FieldName(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static string? UnknownMemberName(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        if (end <= start + 1)
        {
            return null;
        }

        var name = message[(start + 1)..end];
        return name.Length <= 64 && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '-') ? name : "body";
    }

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }
}
