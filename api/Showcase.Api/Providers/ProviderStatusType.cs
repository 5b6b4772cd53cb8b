using GraphQL.Types;
using Showcase.Providers;

namespace Showcase.Api.Providers;

public sealed class ProviderStatusType : EnumerationGraphType<ProviderStatus>
{
    public ProviderStatusType()
    {
        Name = "ProviderStatus";
        Description = "登记中, 已入库 (listed in the public catalog) or 已移出.";
    }
}
