using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

/// <summary>One e-mail to one recipient. <see cref="DeliveryId"/> is stable across retries (message id + recipient).</summary>
public sealed record OutgoingMail(string DeliveryId, string ToAddress, string ToName, string Subject, string Body);

public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

public sealed class MailOptions
{
    public string From { get; set; } = "no-reply@thiduakhenthuong.local";

    public string FromName { get; set; } = "Hệ thống thi đua, khen thưởng";

    /// <summary>Folder for <c>.eml</c> files when no SMTP host is configured (relative to the content root).</summary>
    public string PickupDirectory { get; set; } = ".data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    internal MimeMessage ToMime(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(FromName, From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        message.Subject = mail.Subject;
        message.MessageId = mail.DeliveryId + "@thiduakhenthuong.local";
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool UseStartTls { get; set; } = true;
}

/// <summary>Sends over SMTP with MailKit. At least once: a retry after a lost reply may send twice; the Message-Id lets clients fold duplicates.</summary>
public sealed class SmtpMailSender(MailOptions options) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        var security = options.Smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto;
        await client.ConnectAsync(options.Smtp.Host ?? throw new InvalidOperationException("Mail:Smtp:Host is not set."), options.Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.Smtp.UserName))
        {
            await client.AuthenticateAsync(options.Smtp.UserName, options.Smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(options.ToMime(mail), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

/// <summary>Writes each e-mail as <c>{DeliveryId}.eml</c> in a folder (Development): a file already there is not written again.</summary>
public sealed class PickupDirectoryMailSender(MailOptions options, string directory) : IMailSender
{
    public string Directory { get; } = directory;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        System.IO.Directory.CreateDirectory(Directory);
        var name = string.Concat(mail.DeliveryId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
        var path = Path.Combine(Directory, name + ".eml");
        if (File.Exists(path))
        {
            return;
        }

        var temporary = Path.Combine(Directory, "." + name + "." + Guid.NewGuid().ToString("N") + ".tmp");
        await options.ToMime(mail).WriteToAsync(temporary, cancellationToken);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another relay wrote the same delivery first: keep its file.
            File.Delete(temporary);
        }
    }
}
