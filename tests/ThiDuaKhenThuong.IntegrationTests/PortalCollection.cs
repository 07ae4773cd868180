using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests;

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
