using System.Globalization;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using static ThiDuaKhenThuong.Domain.Tests.Workflow.WorkflowTestData;

namespace ThiDuaKhenThuong.Domain.Tests.Workflow;

public sealed class HistoryChainTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 2, 15, 30, 123, 456, TimeSpan.Zero);

    public static TheoryData<string> Fields() =>
    [
        "TenantId", "SubjectId", "Sequence", "FromState", "ToState", "Action", "ActorId", "ActorRole", "ActorUnitId",
        "OccurredAt", "Comment", "ClientIp", "EvidenceHashes", "PreviousHash", "Hash",
    ];

    [Fact]
    public void Verify_AcceptsAnUntouchedChain()
    {
        var chain = Chain(5);

        var verification = HistoryChain.Verify(chain);

        verification.IsValid.ShouldBeTrue();
        verification.CheckedCount.ShouldBe(5);
        chain[0].PreviousHash.ShouldBe(HistoryChain.GenesisHash);
        chain.Select(e => e.Sequence).ShouldBe([1L, 2, 3, 4, 5]);
        chain.ShouldAllBe(e => e.Hash.Length == 64 && e.Hash.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c)));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Verify_DetectsAChangeToAnyField(string field)
    {
        var chain = Chain(5);
        chain[2] = Change(chain[2], field);

        var verification = HistoryChain.Verify(chain);

        verification.IsValid.ShouldBeFalse();
        verification.BrokenIndex.ShouldBe(2);
        verification.Reason.ShouldBeVietnamese();
    }

    [Fact]
    public void Verify_DetectsADeletedRow()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);

        var verification = HistoryChain.Verify(chain);

        verification.BrokenIndex.ShouldBe(2);
        verification.BrokenSequence.ShouldBe(4);
        verification.Reason.ShouldBe("Số thứ tự 4 không liền sau 2: có dòng bị xóa, chèn hoặc đảo thứ tự.");
    }

    [Fact]
    public void Verify_DetectsADeletedFirstRow() =>
        HistoryChain.Verify(Chain(3).Skip(1)).BrokenIndex.ShouldBe(0);

    [Fact]
    public void Verify_DetectsTwoSwappedRows()
    {
        var chain = Chain(5);
        (chain[1], chain[3]) = (chain[3], chain[1]);

        HistoryChain.Verify(chain).BrokenIndex.ShouldBe(1);
    }

    [Fact]
    public void Verify_DetectsSwappedRows_EvenWithTheirSequencesSwappedBack()
    {
        var chain = Chain(5);
        (chain[1], chain[2]) = (chain[2] with { Sequence = 2 }, chain[1] with { Sequence = 3 });

        var verification = HistoryChain.Verify(chain);

        verification.BrokenIndex.ShouldBe(1);
        verification.Reason.ShouldBe("Dòng số 2 không nối với dòng trước: mã băm của dòng trước không khớp.");
    }

    [Fact]
    public void Verify_DetectsARowRecomputedAfterAnEdit_AtTheNextRow()
    {
        // Someone edits row 3 and recomputes its hash: row 4 no longer links to it.
        var chain = Chain(5);
        var edited = chain[2] with { Comment = "Đã sửa" };
        chain[2] = edited with { Hash = HistoryChain.ComputeHash(edited.PreviousHash, edited) };

        HistoryChain.Verify(chain).BrokenIndex.ShouldBe(3);
    }

    [Fact]
    public void Verify_ContinuesFromACheckpoint()
    {
        var chain = Chain(6);

        HistoryChain.Verify(chain.Skip(3), chain[2]).IsValid.ShouldBeTrue();
        HistoryChain.Verify(chain.Skip(4), chain[2]).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Canonical_IsStable_AndIndependentOfCulture()
    {
        // Pinned on purpose: changing the form would invalidate every stored chain. Lengths are UTF-8 bytes
        // ("Kính gửi" is 8 letters but 11 bytes).
        const string expected =
            "v1;tenant=36:11111111-1111-1111-1111-111111111111;subject=36:66666666-6666-6666-6666-666666666666;"
            + "seq=1:7;from=20:AwaitingUnitApproval;to=9:Submitted;action=4:send;"
            + "actor=36:77777777-7777-7777-7777-777777777777;role=10:UnitLeader;unit=-;"
            + "at=27:2026-03-02T02:15:30.123456Z;comment=11:Kính gửi;ip=11:203.0.113.7;evidence=1:1;"
            + "sha256=64:ab0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd;";
        var entry = Entry(7) with
        {
            ActorUnitId = null,
            EvidenceHashes = ["ab0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd"],
        };
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "vi-VN", "ar-SA", "th-TH", "en-US" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);
                HistoryChain.Canonical(entry).ShouldBe(expected);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void CanonicalAroundSequence_LeavesTheDatabaseOnlyTheSequenceFieldToSplice()
    {
        // The database seals a row by writing 'seq=' || length(seq::text) || ':' || seq || ';' between the two parts.
        var entry = Entry(7) with { Comment = "Kính gửi 🏅" };

        var (before, after) = HistoryChain.CanonicalAroundSequence(entry);

        before.ShouldBe("v1;tenant=36:11111111-1111-1111-1111-111111111111;subject=36:66666666-6666-6666-6666-666666666666;");
        after.ShouldStartWith("from=20:AwaitingUnitApproval;");
        after.ShouldContain("comment=16:Kính gửi 🏅;");
        after.ShouldNotContain("seq=");
        HistoryChain.SequenceField(1).ShouldBe("seq=1:1;");
        HistoryChain.SequenceField(1234567890123).ShouldBe("seq=13:1234567890123;");
        HistoryChain.Canonical(entry).ShouldBe(before + "seq=1:7;" + after);
    }

    [Fact]
    public void Canonical_TellsNullFromEmpty_AndCannotBeFooledByFieldSeparators()
    {
        var entry = Entry(1);

        HistoryChain.Canonical(entry with { Comment = null })
            .ShouldNotBe(HistoryChain.Canonical(entry with { Comment = string.Empty }));
        HistoryChain.Canonical(entry with { Comment = "a;ip=1:b", ClientIp = null })
            .ShouldNotBe(HistoryChain.Canonical(entry with { Comment = "a", ClientIp = "b" }));
    }

    [Fact]
    public void Seal_TruncatesToMicroseconds_SoADatabaseRoundTripKeepsTheHash()
    {
        var sealedEntry = HistoryChain.Seal(Entry(0) with { OccurredAt = At.AddTicks(3) }, previous: null);

        var fromDatabase = sealedEntry with { OccurredAt = new DateTimeOffset(sealedEntry.OccurredAt.UtcDateTime) };

        sealedEntry.OccurredAt.ShouldBe(At);
        HistoryChain.Verify([fromDatabase]).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void EngineHistory_SealsIntoAValidChain()
    {
        var definition = DefaultWorkflows.ProvincialNomination;
        var instance = Start(definition);
        HistoryEntry? last = null;
        var chain = new List<HistoryEntry>();
        foreach (var (action, role) in new[]
        {
            (WorkflowActions.SubmitToLeader, Roles.UnitStaff),
            (WorkflowActions.Send, Roles.UnitLeader),
            (WorkflowActions.Receive, Roles.StandingOfficer),
        })
        {
            last = HistoryChain.Seal(Move(definition, instance, action, ActorFor(role), Now).History!, last);
            chain.Add(last);
        }

        HistoryChain.Verify(chain).IsValid.ShouldBeTrue();
        chain.Select(e => e.ToState).ShouldBe(
            [WorkflowStates.AwaitingUnitApproval, WorkflowStates.Submitted, WorkflowStates.Received]);
    }

    private static HistoryEntry Entry(long sequence) => new()
    {
        TenantId = TenantId,
        SubjectId = SubjectId,
        Sequence = sequence,
        FromState = WorkflowStates.AwaitingUnitApproval,
        ToState = WorkflowStates.Submitted,
        Action = WorkflowActions.Send,
        ActorId = Guid.Parse("77777777-7777-7777-7777-777777777777"),
        ActorRole = Roles.UnitLeader,
        ActorUnitId = OwnerUnitId,
        OccurredAt = At,
        Comment = "Kính gửi",
        ClientIp = "203.0.113.7",
        EvidenceHashes = [new string('0', 64)],
    };

    private static List<HistoryEntry> Chain(int count)
    {
        var chain = new List<HistoryEntry>();
        HistoryEntry? previous = null;
        for (var i = 0; i < count; i++)
        {
            previous = HistoryChain.Seal(Entry(0) with { OccurredAt = At.AddMinutes(i), Comment = $"Lần {i}" }, previous);
            chain.Add(previous);
        }

        return chain;
    }

    private static HistoryEntry Change(HistoryEntry e, string field) => field switch
    {
        "TenantId" => e with { TenantId = OtherTenantId },
        "SubjectId" => e with { SubjectId = Guid.NewGuid() },
        "Sequence" => e with { Sequence = e.Sequence + 10 },
        "FromState" => e with { FromState = WorkflowStates.Draft },
        "ToState" => e with { ToState = WorkflowStates.Decided },
        "Action" => e with { Action = WorkflowActions.Decide },
        "ActorId" => e with { ActorId = Guid.NewGuid() },
        "ActorRole" => e with { ActorRole = Roles.Leader },
        "ActorUnitId" => e with { ActorUnitId = null },
        "OccurredAt" => e with { OccurredAt = e.OccurredAt.AddTicks(TimeSpan.TicksPerMicrosecond) },
        "Comment" => e with { Comment = e.Comment + "." },
        "ClientIp" => e with { ClientIp = "198.51.100.1" },
        "EvidenceHashes" => e with { EvidenceHashes = [new string('f', 64)] },
        "PreviousHash" => e with { PreviousHash = new string('1', 64) },
        "Hash" => e with { Hash = new string('2', 64) },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
