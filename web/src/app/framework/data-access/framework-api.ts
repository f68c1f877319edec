import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FrameworkView } from '@lederloeft/contracts';
import type { Observable } from 'rxjs';

export const CURRENT_FRAMEWORK_URL = '/api/frameworks/current';

/** HTTP access to the leadership framework. */
@Injectable({ providedIn: 'root' })
export class FrameworkApi {
  private readonly http = inject(HttpClient);

  /** The edition in force; 404 (ApiError) when nothing has been published. */
  getCurrent(): Observable<FrameworkView> {
    return this.http.get<FrameworkView>(CURRENT_FRAMEWORK_URL);
  }
}
