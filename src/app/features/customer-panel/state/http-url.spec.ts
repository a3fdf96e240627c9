import { isHttpUrl } from './http-url';

describe('isHttpUrl', () => {
  it('accepts only absolute http and https URLs', () => {
    expect(isHttpUrl('https://cdn.example.in/driver.jpg')).toBeTrue();
    expect(isHttpUrl('http://localhost:4102/third/images/drivers/DRV1/driver.svg')).toBeTrue();
    expect(isHttpUrl('javascript:alert(1)')).toBeFalse();
    expect(isHttpUrl('data:image/svg+xml,<svg/>')).toBeFalse();
    expect(isHttpUrl('/relative/photo.jpg')).toBeFalse();
    expect(isHttpUrl(null)).toBeFalse();
  });
});
