using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Operations;

/// <summary>
/// Two real instances of the built portal (<c>dotnet ThiDuaKhenThuong.Web.dll</c>) on one database and one document
/// folder, behind nginx (Debian's package, run by the test with its own paths): a session opened on one instance works
/// on the other, a form served by one is accepted by the other (shared data-protection keys), requests through nginx
/// reach both, and the outbox is relayed exactly once although both instances run the relay.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class TwoInstancesTests(PortalFixture fixture)
{
    private const int Messages = 24;

    private static readonly string[] NginxPaths = ["/usr/sbin/nginx", "/usr/bin/nginx"];

    [Fact]
    public async Task TwoInstancesBehindNginx_ShareSessionsAndKeys_AndRelayEachMessageOnce()
    {
        var nginx = NginxPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed (deploy/local.sh test installs nginx-light).");
        var root = Directory.CreateTempSubdirectory("tdkt-two-instances-");
        var tag = "two-instances-" + Guid.NewGuid().ToString("N")[..8];
        var children = new List<ChildProcess>();
        await using var smtp = new SmtpSink();
        try
        {
            // A database of its own with the demo provinces, so the relay running in the instances touches no other test's rows.
            var database = await TestDatabase.CreateAsync(fixture.Database.AdminConnectionString);
            await using (var seeder = new PortalFactory(database, new FakeTimeProvider(DateTimeOffset.UtcNow)))
            {
                await seeder.WithScopeAsync(async sp =>
                {
                    await sp.GetRequiredService<DemoSeeder>().SeedAsync();
                    return 0;
                });
            }

            var recipient = await QueueMessagesAsync(database, tag);

            var ports = new[] { ChildProcess.FreePort(), ChildProcess.FreePort() };
            foreach (var port in ports)
            {
                children.Add(StartInstance(database, root.FullName, port, smtp.Port));
            }

            using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            for (var i = 0; i < ports.Length; i++)
            {
                await children[i].WaitUntilReadyAsync(probe, $"http://127.0.0.1:{ports[i]}/health/ready", TimeSpan.FromSeconds(120));
            }

            var proxyPort = ChildProcess.FreePort();
            children.Add(StartNginx(nginx, root.FullName, proxyPort, ports));
            await children[^1].WaitUntilReadyAsync(probe, $"http://127.0.0.1:{proxyPort}/health/live", TimeSpan.FromSeconds(30));

            var cookies = new CookieContainer();
            using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
            using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
            var a = $"http://127.0.0.1:{ports[0]}";
            var b = $"http://127.0.0.1:{ports[1]}";

            // Sign in on A; the session works on B.
            using (var signIn = await PostFormAsync(http, $"{a}/Account/Login", $"{a}/Account/Login", new()
            {
                ["UserName"] = "tb.chuyenvien",
                ["Password"] = DemoAccounts.Password,
            }))
            {
                signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, children[0].Output);
            }

            using (var onB = await http.GetAsync(new Uri($"{b}/Baseline")))
            {
                onB.StatusCode.ShouldBe(HttpStatusCode.OK, children[1].Output);
            }

            // Both instances relay the outbox at once; each message reaches its reader once, by bell and by e-mail.
            await WaitUntilRelayedAsync(database, tag, TimeSpan.FromSeconds(120), children);
            // The queued messages only (their ids start with the tag); the demo data's own notifications to the same
            // officer (e.g. of the demo dossier sent to the council) are relayed too, to the same address.
            var mails = smtp.Messages.Where(m => m.Contains($"Message-Id: <{tag}:", StringComparison.Ordinal)).ToList();
            mails.Count.ShouldBe(Messages, string.Join("\n---\n", mails.Take(3)));
            mails.Select(m => SubjectNumber().Match(m).Value).Distinct().Count().ShouldBe(Messages);
            (await ScalarAsync(database, $"SELECT count(*) FROM notifications WHERE user_id = '{recipient}' AND title LIKE '%{tag}%'")).ShouldBe((long)Messages);

            // A form served by A is accepted by B (its anti-forgery token is protected with the shared keys).
            var bell = await http.GetStringAsync(new Uri($"{b}/Notifications"));
            bell.ShouldContain(tag);
            using (var readAll = await PostFormAsync(http, $"{a}/Notifications", $"{b}/Notifications/ReadAll", []))
            {
                readAll.StatusCode.ShouldBe(HttpStatusCode.Redirect, children[1].Output);
            }

            (await ScalarAsync(database, $"SELECT count(*) FROM notifications WHERE user_id = '{recipient}' AND read_at IS NULL")).ShouldBe(0L);

            // Through nginx: every request is served, by both instances in turn, with the same session.
            var upstreams = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < 8; i++)
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{proxyPort}/Baseline"));
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                upstreams.Add(response.Headers.GetValues("X-Upstream").Single());
            }

            upstreams.ShouldBe(ports.Select(p => $"127.0.0.1:{p}"), ignoreOrder: true);
        }
        finally
        {
            foreach (var child in children)
            {
                child.Dispose();
            }

            root.Delete(recursive: true);
        }
    }

    private static ChildProcess StartInstance(TestDatabase database, string root, int port, int smtpPort)
    {
        var web = WebAssembly();
        return new ChildProcess($"portal:{port}", "dotnet", [web, "--urls", $"http://127.0.0.1:{port}"], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Default"] = database.AppConnectionString,
            ["Files__Root"] = Path.Combine(root, "files"),
            ["Outbox__Enabled"] = "true",
            ["Outbox__PollSeconds"] = "1",
            ["Outbox__BatchSize"] = "3",
            ["Reminders__Enabled"] = "false",
            ["Mail__Smtp__Host"] = "127.0.0.1",
            ["Mail__Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Mail__Smtp__UseStartTls"] = "false",
            ["ReverseProxy__KnownProxies"] = "127.0.0.1",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["DOTNET_gcServer"] = "0",
        }, Path.GetDirectoryName(web)!);
    }

    private static ChildProcess StartNginx(string nginx, string root, int port, IReadOnlyList<int> upstreams)
    {
        var prefix = Path.Combine(root, "nginx");
        Directory.CreateDirectory(Path.Combine(prefix, "logs"));
        // Worker processes started by root run as nobody: they must be able to write their temporary files here.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, (UnixFileMode)Convert.ToInt32("777", 8));
            File.SetUnixFileMode(prefix, (UnixFileMode)Convert.ToInt32("777", 8));
        }
        var servers = string.Concat(upstreams.Select(p => $"        server 127.0.0.1:{p};\n"));
        var config = $$"""
            daemon off;
            master_process on;
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/logs/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{prefix}}/client_body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                upstream portal {
            {{servers}}    }
                server {
                    listen 127.0.0.1:{{port}};
                    client_max_body_size 25m;
                    location / {
                        proxy_pass http://portal;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        add_header X-Upstream $upstream_addr always;
                    }
                }
            }
            """;
        var file = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(file, config);
        return new ChildProcess("nginx", nginx, ["-p", prefix, "-c", file, "-e", Path.Combine(prefix, "logs", "error.log")], new Dictionary<string, string>(), prefix);
    }

    /// <summary>Notifications as a workflow transition leaves them in the outbox, for one officer with an e-mail address.</summary>
    private static async Task<Guid> QueueMessagesAsync(TestDatabase database, string tag)
    {
        await using var connection = new NpgsqlConnection(database.AdminConnectionString);
        await connection.OpenAsync();
        await using var find = new NpgsqlCommand("SELECT id, tenant_id FROM users WHERE user_name = 'tb.chuyenvien'", connection);
        Guid user, tenant;
        await using (var reader = await find.ExecuteReaderAsync())
        {
            (await reader.ReadAsync()).ShouldBeTrue();
            user = reader.GetGuid(0);
            tenant = reader.GetGuid(1);
        }

        await using (var email = new NpgsqlCommand($"UPDATE users SET email = 'chuyenvien@{tag}.example' WHERE id = '{user}'", connection))
        {
            await email.ExecuteNonQueryAsync();
        }

        for (var i = 0; i < Messages; i++)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO outbox_messages (tenant_id, id, message_id, kind, effect, recipient_user_ids, recipient_roles, subject, body, created_at, attempts)
                VALUES ($1, $2, $3, 'Notification', 'notify:standing-agency', ARRAY[$4]::uuid[], ARRAY[]::text[], $5, $6, now(), 0)
                """, connection);
            insert.Parameters.AddWithValue(tenant);
            insert.Parameters.AddWithValue(Guid.CreateVersion7());
            insert.Parameters.AddWithValue($"{tag}:{i}");
            insert.Parameters.AddWithValue(user);
            insert.Parameters.AddWithValue($"Thong bao {tag} so {i:D3}");
            insert.Parameters.AddWithValue($"Noi dung {tag} so {i:D3}");
            await insert.ExecuteNonQueryAsync();
        }

        return user;
    }

    private static async Task WaitUntilRelayedAsync(TestDatabase database, string tag, TimeSpan timeout, IReadOnlyList<ChildProcess> children)
    {
        // The two app processes relay on the real clock, so the wait is measured on it too.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        long pending;
        do
        {
            pending = (long)(await ScalarAsync(database, $"SELECT count(*) FROM outbox_messages WHERE message_id LIKE '{tag}:%' AND processed_at IS NULL"))!;
            if (pending == 0)
            {
                return;
            }

            await Task.Delay(500);
        }
        while (waited.Elapsed < timeout);

        throw new TimeoutException($"{pending} messages still pending:\n{string.Join("\n", children.Select(c => c.Name + ":\n" + c.Output))}");
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await http.GetStringAsync(new Uri(formPage));
        var token = TokenPattern().Match(page);
        token.Success.ShouldBeTrue($"No anti-forgery token on {formPage}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        using var content = new FormUrlEncodedContent(fields);
        return await http.PostAsync(new Uri(action), content);
    }

    private static async Task<object?> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>The built portal next to this test run: same configuration (Debug or Release) as the tests.</summary>
    private static string WebAssembly()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ThiDuaKhenThuong.sln")))
        {
            dir = dir.Parent;
        }

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var web = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Repository root not found."),
            "src", "ThiDuaKhenThuong.Web", "bin", configuration, "net10.0", "ThiDuaKhenThuong.Web.dll");
        File.Exists(web).ShouldBeTrue($"{web} is not built");
        return web;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"so \d{3}")]
    private static partial Regex SubjectNumber();
}
