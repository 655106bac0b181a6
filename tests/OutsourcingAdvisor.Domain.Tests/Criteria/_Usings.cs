global using OutsourcingAdvisor.Domain.Assessment;
global using OutsourcingAdvisor.Domain.Scoring;
global using OutsourcingAdvisor.Domain.Scoring.Criteria;
global using static OutsourcingAdvisor.Domain.Tests.TestCatalogue;
