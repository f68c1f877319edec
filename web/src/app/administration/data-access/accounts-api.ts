import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AccountView,
  CreateAccountRequest,
  OrgUnitView,
  UpdateAccountRequest,
} from '@lederloeft/contracts';
import type { Observable } from 'rxjs';
import { ORG_UNITS_URL } from './interpretations-api';

export const ACCOUNTS_URL = '/api/accounts';

export function accountUrl(id: string): string {
  return `${ACCOUNTS_URL}/${encodeURIComponent(id)}`;
}

/** HTTP access to the accounts (admins only) and the org units a director's scope is chosen from. */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<AccountView[]> {
    return this.http.get<AccountView[]>(ACCOUNTS_URL);
  }

  /** 201 with the new account; 400 (ApiError with `details`) when a field is wrong. */
  create(request: CreateAccountRequest): Observable<AccountView> {
    return this.http.post<AccountView>(ACCOUNTS_URL, request);
  }

  /** A new password signs the person out everywhere; admins cannot deactivate or demote themselves. */
  update(id: string, request: UpdateAccountRequest): Observable<AccountView> {
    return this.http.patch<AccountView>(accountUrl(id), request);
  }

  getOrgUnits(): Observable<OrgUnitView[]> {
    return this.http.get<OrgUnitView[]>(ORG_UNITS_URL);
  }
}
