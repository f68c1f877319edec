import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { csvFile } from '../testing/admin-fixtures';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, spreadsheetContentType } from './file-upload';
import {
  ImportApi,
  LEADER_IMPORT_PREVIEW_URL,
  LEADER_IMPORT_URL,
  employeeResultsPreviewUrl,
  employeeResultsUrl,
} from './import-api';

describe('ImportApi', () => {
  let api: ImportApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ImportApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends a CSV file itself as the body, typed text/csv whatever the browser called it', () => {
    const file = csvFile('ledere.CSV');
    api.previewLeaders(file).subscribe();
    const request = http.expectOne({ method: 'POST', url: LEADER_IMPORT_PREVIEW_URL });
    expect(request.request.body).toBe(file);
    expect(request.request.headers.get('Content-Type')).toBe(CSV_CONTENT_TYPE);
    request.flush({});
  });

  it('sends an Excel file with the XLSX media type', () => {
    const file = new File([new Uint8Array([80, 75, 3, 4])], 'ledere.xlsx');
    api.importLeaders(file).subscribe();
    const request = http.expectOne({ method: 'POST', url: LEADER_IMPORT_URL });
    expect(request.request.body).toBe(file);
    expect(request.request.headers.get('Content-Type')).toBe(XLSX_CONTENT_TYPE);
    request.flush({ created: 0, updated: 0, unchanged: 0 });
  });

  it('posts a leader evaluation to the round it belongs to', () => {
    const file = csvFile('evaluering.csv');
    api.previewEmployeeResults('round 1', file).subscribe();
    api.importEmployeeResults('round 1', file).subscribe();
    for (const url of [employeeResultsPreviewUrl('round 1'), employeeResultsUrl('round 1')]) {
      const request = http.expectOne({ method: 'POST', url });
      expect(request.request.body).toBe(file);
      expect(request.request.headers.get('Content-Type')).toBe(CSV_CONTENT_TYPE);
      request.flush({ responses: 0, leaders: 0, results: 0, errors: [] });
    }
    expect(employeeResultsUrl('round 1')).toBe('/api/assessment-rounds/round%201/employee-results');
  });

  it('refuses other files without sending anything', async () => {
    const file = new File(['x'], 'ledere.xls');
    expect(spreadsheetContentType(file)).toBeNull();
    await expect(firstValueFrom(api.previewLeaders(file))).rejects.toThrow('ledere.xls');
    http.expectNone(LEADER_IMPORT_PREVIEW_URL);
  });
});
