using System.IO.Compression;
using System.Text;
using ThiDuaKhenThuong.Infrastructure.Files;

namespace ThiDuaKhenThuong.IntegrationTests.Files;

/// <summary>Evidence files: what is kept, what is refused (and then nothing is kept), and tampering detected.</summary>
public sealed class FileStoreTests : IDisposable
{
    private const long TwentyMegabytes = 20L * 1024 * 1024;
    private readonly string root = Path.Combine(Path.GetTempPath(), "tdkt-files-" + Guid.NewGuid().ToString("N"));
    private readonly Guid tenant = Guid.NewGuid();
    private readonly LocalFileStore store;

    public FileStoreTests() => store = new LocalFileStore(root);

    [Fact]
    public async Task Pdf_IsKept_WithItsHashAndASafeName()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF");

        var stored = await store.SaveAsync(tenant, new MemoryStream(bytes), "../../etc/Báo cáo thành tích.pdf", TwentyMegabytes);

        stored.Kind.ShouldBe(FileKind.Pdf);
        stored.Size.ShouldBe(bytes.Length);
        stored.DisplayName.ShouldBe("Báo cáo thành tích.pdf");
        stored.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        await using var read = await store.OpenReadAsync(tenant, stored.StorageKey, stored.Sha256);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        copy.ToArray().ShouldBe(bytes);
        StoredFiles().Single().ShouldNotContain("Báo cáo");
    }

    [Fact]
    public async Task Docx_IsRecognisedByItsParts()
    {
        var stored = await store.SaveAsync(tenant, Package("word/document.xml", new byte[100]), "to-trinh.docx", TwentyMegabytes);

        stored.Kind.ShouldBe(FileKind.Docx);
    }

    [Theory]
    [InlineData("MZ", "Loại tệp không được chấp nhận")]
    [InlineData("", "Tệp rỗng")]
    [InlineData("<html><script>alert(1)</script>", "Loại tệp không được chấp nhận")]
    public async Task UnacceptedContent_IsRefused_AndNothingIsKept(string content, string message)
    {
        var error = await Should.ThrowAsync<FileRejectedException>(
            () => store.SaveAsync(tenant, new MemoryStream(Encoding.ASCII.GetBytes(content + new string('\0', content.Length > 0 ? 64 : 0))), "bao-cao.pdf", TwentyMegabytes));

        error.Message.ShouldContain(message);
        StoredFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task OversizeFile_IsRefusedWhileStreaming_AndNothingIsKept()
    {
        var bytes = new byte[2048];
        "%PDF-"u8.CopyTo(bytes);

        var error = await Should.ThrowAsync<FileRejectedException>(() => store.SaveAsync(tenant, new MemoryStream(bytes), "lon.pdf", maxBytes: 1024));

        error.Message.ShouldContain("vượt quá dung lượng");
        StoredFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task ZipBombDisguisedAsDocx_IsRefused()
    {
        var error = await Should.ThrowAsync<FileRejectedException>(
            () => store.SaveAsync(tenant, Package("word/document.xml", new byte[30 * 1024 * 1024]), "to-trinh.docx", TwentyMegabytes));

        error.Message.ShouldContain("bất thường");
        StoredFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task ArbitraryZip_RenamedToDocx_IsRefused()
    {
        var error = await Should.ThrowAsync<FileRejectedException>(
            () => store.SaveAsync(tenant, Package("payload.exe", new byte[10]), "tai-lieu.docx", TwentyMegabytes));

        error.Message.ShouldContain("Tệp nén không được chấp nhận");
    }

    [Fact]
    public async Task TamperedFile_IsDetectedOnDownload()
    {
        var stored = await store.SaveAsync(tenant, new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4 original")), "a.pdf", TwentyMegabytes);
        var path = StoredFiles().Single();
        File.SetAttributes(path, FileAttributes.Normal);
        await File.WriteAllTextAsync(path, "%PDF-1.4 altered!");

        await Should.ThrowAsync<FileIntegrityException>(() => store.OpenReadAsync(tenant, stored.StorageKey, stored.Sha256));
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("0123456789abcdef0123456789abcdef/../x")]
    public async Task StorageKeysThatCouldLeaveTheFolder_AreNotFound(string key)
        => await Should.ThrowAsync<FileNotFoundException>(() => store.OpenReadAsync(tenant, key, "00"));

    [Fact]
    public async Task AnotherProvincesKey_IsNotFound()
    {
        var stored = await store.SaveAsync(tenant, new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4 x")), "a.pdf", TwentyMegabytes);

        await Should.ThrowAsync<FileNotFoundException>(() => store.OpenReadAsync(Guid.NewGuid(), stored.StorageKey, stored.Sha256));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(root, recursive: true);
        }
    }

    private List<string> StoredFiles()
        => Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToList() : [];

    private static MemoryStream Package(string part, byte[] partContent)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write("<Types/>"u8);
            }

            using var entry = zip.CreateEntry(part, CompressionLevel.Optimal).Open();
            entry.Write(partContent);
        }

        buffer.Position = 0;
        return buffer;
    }
}
