// Every KPI the dashboard shows, asked in one request: its tiles read the totals,
// its charts the points. The series over time share one bucket; sales volume is
// by month, whatever the period.
import { useApiQuery } from "../api/hooks";
import { graphql } from "../gql";
import type { DashboardKpisQuery, KpiBucket, KpiFiltersInput, PeriodInput } from "../gql/graphql";

export const DASHBOARD_KPIS = graphql(`
  query DashboardKpis($period: PeriodInput!, $bucket: KpiBucket!, $filters: KpiFiltersInput!) {
    leadVolume(period: $period, filters: $filters) {
      total {
        count
      }
    }
    leadToCustomerConversion(period: $period, filters: $filters) {
      total {
        numerator
        denominator
        rate
      }
    }
    pipelineValue(period: $period, filters: $filters) {
      total {
        amount
        count
      }
    }
    winRate(period: $period, bucket: $bucket, filters: $filters) {
      total {
        numerator
        denominator
        rate
      }
      points {
        firstDay
        lastDay
        value {
          numerator
          denominator
          rate
        }
      }
    }
    salesVolume(period: $period, bucket: MONTH, filters: $filters) {
      total {
        amount
        count
        average
      }
      points {
        firstDay
        lastDay
        value {
          amount
          count
        }
      }
    }
    salesCycleTime(period: $period, filters: $filters) {
      total {
        median
        mean
        count
      }
    }
    responseTime(period: $period, bucket: $bucket, filters: $filters) {
      total {
        median
        count
        overSla {
          numerator
          denominator
          rate
        }
      }
      points {
        firstDay
        lastDay
        value {
          median
          count
        }
      }
    }
    funnel(period: $period, filters: $filters) {
      stage {
        id
        name
      }
      reached
      fromPrevious {
        rate
      }
    }
    sourceReturn(period: $period, filters: $filters) {
      source {
        id
        name
      }
      won {
        total {
          amount
          count
        }
      }
      cost
      wonPerCost
    }
  }
`);

export type Kpis = DashboardKpisQuery;

export interface KpiRequest {
  period: PeriodInput;
  bucket: KpiBucket;
  filters: KpiFiltersInput;
}

export function useKpis(request: KpiRequest) {
  return useApiQuery(DASHBOARD_KPIS, request);
}
