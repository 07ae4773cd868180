using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ThiDuaKhenThuong.Infrastructure.Files;

public sealed record StoredFile(string StorageKey, FileKind Kind, long Size, string Sha256, string DisplayName);

/// <summary>Where evidence files live: outside the web root, one folder per province, generated names only.</summary>
public interface IFileStore
{
    /// <summary>
    /// Streams <paramref name="content"/> to storage, refusing it (and keeping nothing) when it exceeds
    /// <paramref name="maxBytes"/> or is not an accepted kind by content.
    /// </summary>
    Task<StoredFile> SaveAsync(Guid tenantId, Stream content, string? originalName, long maxBytes, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored file after checking its SHA-256 against the value recorded at upload.</summary>
    Task<Stream> OpenReadAsync(Guid tenantId, string storageKey, string expectedSha256, CancellationToken cancellationToken = default);
}

public sealed partial class LocalFileStore(string root) : IFileStore
{
    public async Task<StoredFile> SaveAsync(Guid tenantId, Stream content, string? originalName, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var folder = TenantFolder(tenantId);
        var incoming = Path.Combine(folder, ".incoming");
        Directory.CreateDirectory(incoming);
        var key = Guid.NewGuid().ToString("N");
        var temp = Path.Combine(incoming, key);
        try
        {
            var (size, hash) = await CopyLimitedAsync(content, temp, maxBytes, cancellationToken);
            var kind = FileInspector.Inspect(temp);
            var final = PathOf(tenantId, key);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            File.Move(temp, final);
            File.SetAttributes(final, FileAttributes.ReadOnly);
            return new StoredFile(key, kind, size, hash, FileInspector.SafeDisplayName(originalName, kind));
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public async Task<Stream> OpenReadAsync(Guid tenantId, string storageKey, string expectedSha256, CancellationToken cancellationToken = default)
    {
        var path = PathOf(tenantId, storageKey);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Không tìm thấy tệp trong kho lưu trữ.");
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        if (!string.Equals(actual, expectedSha256, StringComparison.OrdinalIgnoreCase))
        {
            await stream.DisposeAsync();
            throw new FileIntegrityException();
        }

        stream.Position = 0;
        return stream;
    }

    private string TenantFolder(Guid tenantId) => Path.Combine(root, tenantId.ToString("N"));

    private string PathOf(Guid tenantId, string storageKey)
    {
        // Keys are ours (32 hex digits); anything else could walk out of the folder.
        if (!KeyPattern().IsMatch(storageKey))
        {
            throw new FileNotFoundException("Mã tệp không hợp lệ.");
        }

        return Path.Combine(TenantFolder(tenantId), storageKey[..2], storageKey + ".bin");
    }

    private static async Task<(long Size, string Sha256)> CopyLimitedAsync(Stream content, string path, long maxBytes, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, buffer.Length, useAsync: true);
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > maxBytes)
            {
                throw new FileRejectedException($"Tệp vượt quá dung lượng cho phép ({maxBytes / (1024 * 1024)} MB).");
            }

            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}

/// <summary>The stored bytes no longer match the hash recorded at upload: the file must not be served.</summary>
public sealed class FileIntegrityException : Exception
{
    public FileIntegrityException()
        : base("Tệp đã bị thay đổi sau khi tải lên (mã băm không khớp); hệ thống không cung cấp tệp này.")
    {
    }

    public FileIntegrityException(string message)
        : base(message)
    {
    }

    public FileIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
