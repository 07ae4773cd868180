using System.Net.Sockets;
using System.Text;

namespace ThiDuaKhenThuong.Infrastructure.Files;

public enum ScanStatus
{
    Pending,
    Clean,
    Infected,
}

/// <summary>A virus-scanning hook. It fails closed: when the scanner cannot answer, the file stays pending.</summary>
public interface IFileScanner
{
    Task<ScanStatus> ScanAsync(Stream content, CancellationToken cancellationToken = default);
}

/// <summary>Used where no scanner is configured: files are released at once (documented in the README).</summary>
public sealed class NoFileScanner : IFileScanner
{
    public Task<ScanStatus> ScanAsync(Stream content, CancellationToken cancellationToken = default) => Task.FromResult(ScanStatus.Clean);
}

/// <summary>ClamAV's clamd over TCP with the INSTREAM command.</summary>
public sealed class ClamdFileScanner(string host, int port) : IFileScanner
{
    public async Task<ScanStatus> ScanAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, cancellationToken);
            await using var stream = client.GetStream();
            await stream.WriteAsync("zINSTREAM\0"u8.ToArray(), cancellationToken);
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                var length = BitConverter.GetBytes(System.Net.IPAddress.HostToNetworkOrder(read));
                await stream.WriteAsync(length, cancellationToken);
                await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await stream.WriteAsync(new byte[4], cancellationToken);
            using var reader = new StreamReader(stream, Encoding.ASCII);
            var reply = await reader.ReadToEndAsync(cancellationToken);
            if (reply.Contains("FOUND", StringComparison.Ordinal))
            {
                return ScanStatus.Infected;
            }

            return reply.Contains("OK", StringComparison.Ordinal) ? ScanStatus.Clean : ScanStatus.Pending;
        }
        catch (SocketException)
        {
            return ScanStatus.Pending;
        }
        catch (IOException)
        {
            return ScanStatus.Pending;
        }
    }
}
