namespace Showcase.Api.Audit;

/// <summary>The kinds of entity whose history can be read.</summary>
public enum AuditedEntity
{
    Tenant,
    Organisation,
    Account,
    Scenario,
}
